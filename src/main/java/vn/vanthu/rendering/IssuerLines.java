package vn.vanthu.rendering;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An agency's name broken into header lines where a văn thư breaks it: between its phrases, never inside a
 * two-syllable word. Real headers print "SỞ LAO ĐỘNG – THƯƠNG BINH / VÀ XÃ HỘI", "SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH",
 * "ỦY BAN NHÂN DÂN / TỈNH ĐẮK LẮK"; an even split by width alone gave "SỞ LAO ĐỘNG – THƯƠNG / BINH VÀ XÃ HỘI".
 * Among the breaks that need no more lines than filling each line would, the fewest inside a phrase win, then
 * the most even lines.
 */
final class IssuerLines {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Words a new phrase of a name starts with: its conjunction, and the level of a place. */
    private static final Set<String> OPENERS = Set.of("VÀ", "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG",
            "ĐẶC");
    /** A word an opener must be followed by to open a place ("THÀNH PHỐ", "THỊ XÃ", not "THÀNH VIÊN"). */
    private static final List<String> PLACES = List.of("THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU");

    private IssuerLines() {
    }

    /** The lines of {@code text}, none wider than {@code maxWidth} points unless a single word is. */
    static List<String> of(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            lines.addAll(phrased(LineBreaks.words(paragraph), TextMetrics.face(bold), size, maxWidth));
        }
        return lines;
    }

    private static List<String> phrased(String[] words, Font face, double size, double maxWidth) {
        int n = words.length;
        List<String> list = List.of(words);
        // best[i]: the best way to set the first i words; {lines, breaks inside a phrase, widest line}
        double[][] best = new double[n + 1][];
        int[] from = new int[n + 1];
        best[0] = new double[] {0, 0, 0};
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                double width = TextMetrics.width(String.join(" ", list.subList(start, end)), face, size);
                if (width > maxWidth && end - start > 1) {
                    break;
                }
                double inside = start > 0 && !phraseStartsAt(words, start) ? 1 : 0;
                double[] candidate = {best[start][0] + 1, best[start][1] + inside, Math.max(best[start][2], width)};
                if (best[end] == null || better(candidate, best[end])) {
                    best[end] = candidate;
                    from[end] = start;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            lines.add(0, String.join(" ", list.subList(from[end], end)));
        }
        return lines;
    }

    private static boolean better(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }

    /**
     * True where a phrase starts at word {@code i}: at an opener. Not after a dash or a comma: real headers keep
     * "LAO ĐỘNG – THƯƠNG BINH" and "VĂN HÓA, THỂ THAO" on one line and break before "VÀ".
     */
    private static boolean phraseStartsAt(String[] words, int i) {
        String word = words[i].toUpperCase(VI);
        if (!OPENERS.contains(word)) {
            return false;
        }
        String pair = i + 1 < words.length ? word + " " + words[i + 1].toUpperCase(VI) : word;
        return switch (word) {
            case "THÀNH", "THỊ", "ĐẶC" -> PLACES.contains(pair);
            // "VÀ XÃ HỘI" holds no commune
            case "XÃ" -> !pair.equals("XÃ HỘI");
            default -> true;
        };
    }
}
