package vn.vanthu.rendering;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of a TrueType subset as {@link TrueTypeSubset} writes them: the table directory, tables padded
 * to four bytes and their checksums, each step as FOP 2.11's TTFSubSetFile takes it (its checksum of a
 * table whose length is not a multiple of four included).
 */
final class TrueTypeOutput {

    private final byte[] out;
    private final Map<String, Integer> entries = new HashMap<>();
    private int pos;

    TrueTypeOutput(int capacity) {
        this.out = new byte[capacity];
    }

    /** The header and one empty directory entry per table, in the order given. */
    void directory(List<String> tags) {
        int power = 0;
        while (1 << (power + 1) <= tags.size()) {
            power++;
        }
        out[1] = 1;
        pos = 4;
        uShort(pos, tags.size());
        uShort(pos + 2, (1 << power) * 16);
        uShort(pos + 4, power);
        uShort(pos + 6, tags.size() * 16 - (1 << power) * 16);
        pos += 8;
        for (String tag : tags) {
            System.arraycopy(tag.getBytes(StandardCharsets.ISO_8859_1), 0, out, pos, 4);
            entries.put(tag, pos + 4);
            pos += 16;
        }
    }

    /** Copies a table of the font after padding, and returns where it starts; its checksum is the caller's. */
    int put(byte[] file, int[] table) {
        pad4();
        int start = pos;
        append(file, table[0], table[1]);
        return start;
    }

    void append(byte[] from, int offset, int length) {
        System.arraycopy(from, offset, out, pos, length);
        pos += length;
    }

    void skip(int length) {
        pos += length;
    }

    int position() {
        return pos;
    }

    byte[] bytes() {
        return out;
    }

    void pad4() {
        while (pos % 4 != 0) {
            out[pos++] = 0;
        }
    }

    /** Fills in a table's directory entry: checksum, offset, length. */
    void entry(String tag, int start, int length) {
        int at = entries.get(tag);
        uLong(at, sum(start, length));
        uLong(at + 4, start);
        uLong(at + 8, length);
    }

    /** Where a table's directory entry keeps its checksum. */
    int entry(String tag) {
        return entries.get(tag);
    }

    /** FOP's table checksum: a length that is not a multiple of four is lengthened by its remainder. */
    int sum(int start, int length) {
        int size = length % 4 != 0 ? length + length % 4 : length;
        long sum = 0;
        for (int i = 0; i < size; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word <<= 8;
                if (out.length > start + i + j) {
                    word |= out[start + i + j] & 0xff;
                }
            }
            sum += word;
        }
        return (int) sum;
    }

    void uShort(int at, int value) {
        out[at] = (byte) (value >> 8);
        out[at + 1] = (byte) value;
    }

    void uLong(int at, long value) {
        uShort(at, (int) (value >> 16));
        uShort(at + 2, (int) value);
    }

    byte[] result() {
        return Arrays.copyOf(out, pos);
    }
}
