package vn.vanthu.exchange.edxml;

import java.util.Arrays;

/**
 * One attachment's base64, decoded chunk by chunk as it arrives and checked by the rules the JDK's schema
 * validator applies to {@code xs:base64Binary}: blanks anywhere are ignored; then a multiple of four characters of
 * the alphabet, with one or two '=' at the very end whose last data character leaves no bits.
 */
final class Base64Stream {

    private static final byte STRAY = -1;
    private static final byte PAD = -2;
    private static final byte BLANK = -3;
    /** Per ASCII character: its base64 value, or STRAY, PAD or BLANK (the blanks the validator ignores). */
    private static final byte[] CLASSES = classes();

    private long characters;
    private int pads;
    private int last;
    private boolean stray;
    /** The bytes decoded so far, and how many of them are filled. */
    private byte[] bytes;
    private int filled;
    /** The bits read but not yet a whole byte, and how many. */
    private int pending;
    private int pendingBits;

    /** A stream whose buffer holds {@code capacity} bytes before it must grow. */
    Base64Stream(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Starts the next attachment, in the same buffer. */
    void reset() {
        characters = 0;
        pads = 0;
        last = 0;
        stray = false;
        filled = 0;
        pending = 0;
        pendingBits = 0;
    }

    /** Decodes the next characters of the attachment. */
    void decode(char[] ch, int start, int length) {
        // locals, not fields, in the loop: it runs once per character of a PDF's base64
        long count = characters;
        int pad = pads;
        int value = last;
        boolean bad = stray;
        // room for what these characters can decode to: three bytes per four, and the bits held from before
        int room = length / 4 * 3 + 3;
        byte[] out = bytes.length - filled >= room ? bytes : (bytes = Arrays.copyOf(bytes,
                Math.max(bytes.length * 2, filled + room)));
        int at = filled;
        int bits = pending;
        int held = pendingBits;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            int v = c < CLASSES.length ? CLASSES[c] : STRAY;
            if (v >= 0) {
                bad |= pad > 0;
                value = v;
                count++;
                bits = (bits << 6) | v;
                held += 6;
                if (held >= 8) {
                    held -= 8;
                    out[at++] = (byte) (bits >> held);
                    bits &= (1 << held) - 1;
                }
            } else if (v == PAD) {
                pad++;
                count++;
            } else if (v == STRAY) {
                bad = true;
                count++;
            }
        }
        characters = count;
        pads = pad;
        last = value;
        stray = bad;
        filled = at;
        pending = bits;
        pendingBits = held;
    }

    /** The attachment's bytes so far, as the base64 said only when {@link #problem()} is null. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, filled);
    }

    /** What the JDK's validator would refuse in the attachment, or null. */
    String problem() {
        if (stray) {
            return "có ký tự ngoài bảng mã base64 hoặc sau dấu đệm '='";
        }
        if (characters % 4 != 0) {
            return "số ký tự base64 (" + characters + ") không chia hết cho 4";
        }
        if (pads > 2 || pads == 2 && (last & 0xf) != 0 || pads == 1 && (last & 0x3) != 0) {
            return "phần đệm '=' cuối dữ liệu base64 không hợp lệ";
        }
        return null;
    }

    private static byte[] classes() {
        byte[] classes = new byte[128];
        Arrays.fill(classes, STRAY);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            classes[alphabet.charAt(i)] = (byte) i;
        }
        classes['='] = PAD;
        for (char blank : new char[] {' ', '\t', '\n', '\r'}) {
            classes[blank] = BLANK;
        }
        return classes;
    }
}
