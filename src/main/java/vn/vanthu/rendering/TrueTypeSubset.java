package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The subset of a TrueType font that a document embeds, byte for byte what FOP 2.11's TTFSubSetFile
 * writes (its table order, its padding, its checksums, its 12 spare bytes after 'glyf'), but made from
 * {@link TrueTypeTables} read once instead of from the whole file read again for every document.
 * TrueTypeSubsetTests compares the two on every bundled face.
 */
final class TrueTypeSubset {

    private final TrueTypeTables font;
    private final byte[] file;
    private final SubsetGlyphs glyphs;

    private TrueTypeSubset(TrueTypeTables font, Map<Integer, Integer> used) {
        this.font = font;
        this.file = font.file;
        this.glyphs = new SubsetGlyphs(font, used);
    }

    /** The subset holding the glyphs {@code used} maps (original index to index in the subset, 0 to 0). */
    static byte[] of(TrueTypeTables font, Map<Integer, Integer> used) {
        return new TrueTypeSubset(font, used).write();
    }

    /** TTFSubSetFile.readFont's steps, in its order: directory, cvt, fpgm, loca, glyf, OS/2, head ... prep. */
    private byte[] write() {
        int[] original = glyphs.inOrder();
        int n = original.length;
        long glyphBytes = 0;
        for (int glyph : original) {
            glyphBytes += glyphs.end(glyph) - glyphs.start(glyph);
        }
        TrueTypeOutput o = new TrueTypeOutput((int) (512 + 8L * n + glyphBytes + tablesLength()));
        List<String> tags = new ArrayList<>(List.of("OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca",
                "maxp", "name", "post", "prep"));
        tags.removeIf(tag -> font.table(tag) == null);
        o.directory(tags);
        copy(o, "cvt ");
        copy(o, "fpgm");
        o.pad4();
        int loca = o.position();
        o.uLong(o.entry("loca") + 4, loca);
        o.uLong(o.entry("loca") + 8, n * 4L + 4);
        o.skip(n * 4 + 4);
        glyf(o, original, loca);
        copy(o, "OS/2");
        int head = o.put(file, font.table("head"));
        byte[] bytes = o.bytes();
        Arrays.fill(bytes, head + 8, head + 12, (byte) 0);
        bytes[head + 50] = 0;
        bytes[head + 51] = 1; // long offsets in 'loca'
        o.entry("head", head, font.table("head")[1]);
        int hhea = o.put(file, font.table("hhea"));
        o.uShort(hhea + font.table("hhea")[1] - 2, n);
        o.entry("hhea", hhea, font.table("hhea")[1]);
        o.pad4();
        int hmtx = o.position();
        for (Map.Entry<Integer, Integer> glyph : glyphs.indices.entrySet()) {
            o.uShort(hmtx + glyph.getValue() * 4, font.advance[glyph.getKey()]);
            o.uShort(hmtx + glyph.getValue() * 4 + 2, font.sideBearing[glyph.getKey()]);
        }
        o.entry("hmtx", hmtx, n * 4);
        o.skip(n * 4);
        int maxp = o.put(file, font.table("maxp"));
        o.uShort(maxp + 4, n);
        o.entry("maxp", maxp, font.table("maxp")[1]);
        copy(o, "name");
        o.pad4();
        int post = o.position();
        o.append(file, font.table("post")[0], 32); // glyph names dropped: format 3.0
        bytes[post + 1] = 3;
        o.entry("post", post, 32);
        copy(o, "prep");
        o.pad4();
        o.uLong(head + 8, 0xb1b0afba - o.sum(0, o.position()));
        return o.result();
    }

    private void copy(TrueTypeOutput o, String tag) {
        int[] table = font.table(tag);
        if (table != null) {
            o.entry(tag, o.put(file, table), table[1]);
        }
    }

    /** The glyphs in subset order, each composite one with its parts' indices in the subset; then 'loca'. */
    private void glyf(TrueTypeOutput o, int[] original, int loca) {
        o.pad4();
        int glyf = font.table("glyf")[0];
        int start = o.position();
        long last = 0;
        for (int i = 0; i < original.length; i++) {
            int glyph = original[i];
            long from = glyphs.start(glyph);
            int length = (int) (glyphs.end(glyph) - from);
            int at = o.position();
            o.append(file, (int) (glyf + from), length);
            if (length > 0) {
                glyphs.renumberParts(o, from, at, at + length);
            }
            o.uLong(loca + i * 4, at - start);
            last = Math.max(last, at - start + (long) length);
        }
        int size = o.position() - start;
        o.skip(12);
        o.entry("glyf", start, size + 12);
        o.uLong(loca + original.length * 4, last);
        o.uLong(o.entry("loca"), o.sum(loca, original.length * 4 + 4));
    }

    private long tablesLength() {
        long length = 32;
        for (String tag : List.of("cvt ", "fpgm", "prep", "OS/2", "head", "hhea", "maxp", "name")) {
            int[] table = font.table(tag);
            length += table == null ? 0 : table[1] + 4;
        }
        return length;
    }
}
