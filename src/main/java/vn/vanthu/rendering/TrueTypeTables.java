package vn.vanthu.rendering;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What subsetting a TrueType font needs from its file, read once per font instead of once per document:
 * the table directory, each glyph's place in 'glyf' (from 'loca') and its advance and side bearing (from
 * 'hmtx'). Read as FOP 2.11's OpenFont and TTFFile read them, so {@link TrueTypeSubset} writes what FOP's
 * TTFSubSetFile writes.
 */
final class TrueTypeTables {

    /** The tables a subset is made from; a font without one of them is left to FOP. */
    private static final String[] NEEDED = {"OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"};

    final byte[] file;
    private final Map<String, int[]> tables;
    /** Where each glyph's data starts, relative to 'glyf'; one entry per glyph, then FOP's "last loca". */
    final long[] loca;
    final int[] advance;
    final int[] sideBearing;

    private TrueTypeTables(byte[] file, Map<String, int[]> tables, long[] loca, int[] advance, int[] sideBearing) {
        this.file = file;
        this.tables = tables;
        this.loca = loca;
        this.advance = advance;
        this.sideBearing = sideBearing;
    }

    /** The tables of a plain TrueType file, or null for anything else (a collection, CFF outlines, a table missing). */
    static TrueTypeTables of(byte[] file) {
        if (file.length < 12 || (int) uLong(file, 0) != 0x10000 && (int) uLong(file, 0) != 0x74727565) {
            return null;
        }
        Map<String, int[]> tables = new HashMap<>();
        int count = uShort(file, 4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(file, entry, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new int[] {(int) uLong(file, entry + 8), (int) uLong(file, entry + 12)});
        }
        for (String needed : NEEDED) {
            if (!tables.containsKey(needed)) {
                return null;
            }
        }
        int glyphs = uShort(file, tables.get("maxp")[0] + 4);
        int metrics = uShort(file, tables.get("hhea")[0] + 34);
        boolean longLoca = (short) uShort(file, tables.get("head")[0] + 50) == 1;
        int size = Math.max(glyphs, metrics);
        int[] advance = new int[size];
        int[] sideBearing = new int[size];
        int hmtx = tables.get("hmtx")[0];
        for (int i = 0; i < metrics; i++) {
            advance[i] = uShort(file, hmtx + 4 * i);
            sideBearing[i] = uShort(file, hmtx + 4 * i + 2);
        }
        for (int i = metrics; i < size; i++) {
            advance[i] = advance[metrics - 1];
            sideBearing[i] = uShort(file, hmtx + 4 * metrics + 2 * (i - metrics));
        }
        long[] loca = new long[size + 1];
        int at = tables.get("loca")[0];
        for (int i = 0; i <= glyphs; i++) {
            // FOP keeps the entry after the last glyph apart ("last loca"); it stands at the end here
            loca[i == glyphs ? size : i] = longLoca ? uLong(file, at + 4 * i) : (long) uShort(file, at + 2 * i) << 1;
        }
        return new TrueTypeTables(file, tables, loca, advance, sideBearing);
    }

    /** Offset and length of a table in the file, or null when the font has none. */
    int[] table(String tag) {
        return tables.get(tag);
    }

    /** The number of glyph entries FOP sizes its metrics by (the larger of 'maxp' glyphs and 'hhea' metrics). */
    int size() {
        return advance.length;
    }

    static int uShort(byte[] data, int at) {
        return (data[at] & 0xff) << 8 | data[at + 1] & 0xff;
    }

    static long uLong(byte[] data, int at) {
        return (long) uShort(data, at) << 16 | uShort(data, at + 2);
    }
}
