package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words too long for their line (a query string, a record's code, an e-mail address in the Nơi nhận), with a
 * break allowed inside: left whole, FOP runs them past the margin. A cut falls after a "?", "&amp;", "=", "-",
 * "_" or "." where the word has one, and nothing is drawn there.
 */
final class LongWords {

    /** Zero width space: a line may break here, nothing is drawn, and FOP leaves it out of the PDF's text. */
    static final char BREAK = '\u200b';
    /** Up to this length a piece or a word is kept whole: 45 capitals at 14 pt take 160 mm of the 165 mm line. */
    static final int WHOLE = 45;
    /** The longest piece a longer one is cut into: 30 capitals in bold at 14 pt take 139 mm. */
    static final int LONGEST = 30;

    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (WHOLE + 1) + ",}");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String CUT_AFTER = "?&=-_.";

    private LongWords() {
    }

    /** Plain text with a break allowed inside each word too long for a line. */
    static String breakable(String text) {
        // on the render path for every run of text: one pass without a matcher finds that no word is that long
        if (!hasLongWord(text)) {
            return text;
        }
        Matcher m = LONG_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(String.join(String.valueOf(BREAK), cuts(m.group())));
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Text set in a narrow column (the Nơi nhận, 70 mm at 11 pt), with a break allowed inside each word wider
     * than the column: measured, since there 20 characters can already be too many.
     */
    static String fitted(String text, double widthPt, double size) {
        // a word of fewer characters than this cannot be wider than the column: no glyph is wider than 1 em
        int safe = (int) (widthPt / size);
        if (!hasLongWord(text, safe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            String word = m.group();
            out.append(text, at, m.start());
            at = m.end();
            if (word.length() <= safe || TextMetrics.width(word, size, true) <= widthPt) {
                out.append(word);
                continue;
            }
            int from = 0;
            while (from < word.length()) {
                int end = longestFitting(word, from, widthPt, size);
                out.append(word, from, end).append(end < word.length() ? String.valueOf(BREAK) : "");
                from = end;
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The end of the longest piece from {@code from} that fits, cut after a cut character where there is one. */
    private static int longestFitting(String word, int from, double widthPt, double size) {
        int end = from + 1;
        while (end < word.length() && TextMetrics.width(word.substring(from, end + 1), size, true) <= widthPt) {
            end++;
        }
        return end == word.length() ? end : cut(word, from, end, CUT_AFTER + "@");
    }

    private static boolean hasLongWord(String text) {
        return hasLongWord(text, WHOLE);
    }

    private static boolean hasLongWord(String text, int longest) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the blanks of the pattern's \s: space, tab, line feed, vertical tab, form feed, carriage return
            run = c == ' ' || c >= '\t' && c <= '\r' ? 0 : run + 1;
            if (run > longest) {
                return true;
            }
        }
        return false;
    }

    /** The text whole, or if longer than WHOLE in pieces of at most LONGEST, each ending after a cut character. */
    static List<String> cuts(String text) {
        if (text.length() <= WHOLE) {
            return List.of(text);
        }
        List<String> cuts = new ArrayList<>();
        int from = 0;
        while (text.length() - from > LONGEST) {
            int cut = cut(text, from, from + LONGEST, CUT_AFTER);
            cuts.add(text.substring(from, cut));
            from = cut;
        }
        cuts.add(text.substring(from));
        return cuts;
    }

    /**
     * Where a piece from {@code from} ends, at most at {@code end}: after the last of {@code after} it holds, or
     * at {@code end} itself, moved back so as never to split a surrogate pair (an emoji pasted into a code).
     */
    private static int cut(String text, int from, int end, String after) {
        for (int i = end - 1; i > from; i--) {
            if (after.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(end)) && end > from + 1 ? end - 1 : end;
    }
}
