package vn.vanthu.rendering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The glyphs of a TrueType subset as FOP 2.11's GlyfTable settles them: the document's glyphs with their
 * indices, then the parts of its composite glyphs, in the order of their original index.
 */
final class SubsetGlyphs {

    private final TrueTypeTables font;
    private final byte[] file;
    private final int glyf;
    /** Original glyph index to index in the subset. */
    final Map<Integer, Integer> indices;
    /** Where in 'glyf' the composite glyphs start whose parts get their index in the subset. */
    private final Set<Long> composites = new HashSet<>();

    SubsetGlyphs(TrueTypeTables font, Map<Integer, Integer> used) {
        this.font = font;
        this.file = font.file;
        this.glyf = font.table("glyf")[0];
        this.indices = new HashMap<>(used);
        Set<Integer> parts = new TreeSet<>();
        for (int glyph : used.keySet()) {
            scan(glyph, parts);
        }
        int next = indices.size();
        for (int part : parts) {
            indices.put(part, next++);
        }
    }

    /** The original index of each glyph of the subset, in subset order. */
    int[] inOrder() {
        int[] original = new int[indices.size()];
        for (Map.Entry<Integer, Integer> glyph : indices.entrySet()) {
            if (glyph.getValue() < original.length) {
                original[glyph.getValue()] = glyph.getKey();
            }
        }
        return original;
    }

    /** Where a glyph's data starts in 'glyf'. */
    long start(int glyph) {
        return font.loca[glyph];
    }

    /** Where a glyph's data ends, as FOP finds it (its last glyph ends at the entry after the last). */
    long end(int glyph) {
        return glyph >= font.size() - 1 ? font.loca[font.size()] : font.loca[glyph + 1];
    }

    /** Gives the parts of a composite glyph copied to {@code at} their indices in the subset. */
    void renumberParts(TrueTypeOutput o, long start, int at, int end) {
        if (!composites.contains(start)) {
            return;
        }
        byte[] bytes = o.bytes();
        int record = at + 10;
        int flags;
        do {
            flags = TrueTypeTables.uShort(bytes, record);
            o.uShort(record + 2, indices.get(TrueTypeTables.uShort(bytes, record + 2)));
            record += 4 + argumentBytes(flags);
        } while ((flags & 0x20) != 0 && record + 4 <= end);
    }

    private void scan(int glyph, Set<Integer> parts) {
        if (!indices.containsKey(glyph)) {
            parts.add(glyph);
        }
        long start = font.loca[glyph];
        // as FOP: the first short at the glyph's place, even for an empty glyph (then it is the next one's)
        if ((short) TrueTypeTables.uShort(file, (int) (glyf + start)) < 0) {
            composites.add(start);
            Set<Integer> components = new HashSet<>();
            int at = (int) (glyf + start + 10);
            int flags;
            do {
                flags = TrueTypeTables.uShort(file, at);
                components.add(TrueTypeTables.uShort(file, at + 2));
                at += 4 + argumentBytes(flags);
            } while ((flags & 0x20) != 0);
            for (int component : components) {
                scan(component, parts);
            }
        }
    }

    /** Bytes of a component record after its flags and glyph index, as FOP's GlyfFlags counts them. */
    private static int argumentBytes(int flags) {
        return ((flags & 0x01) != 0 ? 4 : 2) + ((flags & 0x08) != 0 ? 2 : 0) + ((flags & 0x40) != 0 ? 4 : 0)
                + ((flags & 0x80) != 0 ? 8 : 0);
    }
}
