package vn.vanthu.document;

/**
 * A value the caller sent, as a refusal repeats it: enough to recognise it, never the whole of a value of
 * 100 KB sent back in the problem (and into the logs that record it).
 */
public final class Echo {

    /** At most this many characters of a value are repeated. */
    static final int LIMIT = 80;

    private Echo() {
    }

    /** The value, cut to {@value #LIMIT} characters with "…" and its full length when longer. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
        return text.substring(0, end) + "… (" + text.length() + " ký tự)";
    }
}
