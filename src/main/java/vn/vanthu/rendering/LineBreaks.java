package vn.vanthu.rendering;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/** Breaks text into lines measured with {@link TextMetrics}: greedy for the body, balanced for centred titles. */
final class LineBreaks {

    /** Bisection steps when balancing lines: the width is then known to a few hundredths of a point. */
    private static final int BALANCE_STEPS = 14;
    private static final Pattern SPACES = Pattern.compile(" +");

    private LineBreaks() {
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth} (greedy, at spaces); a line feed in the
     * text forces a break where the clerk put it.
     */
    static List<String> breakLines(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        Font face = TextMetrics.face(bold);
        for (String paragraph : text.split("\n")) {
            lines.addAll(greedy(words(paragraph), line -> TextMetrics.width(line, face, size), maxWidth));
        }
        return lines;
    }

    /**
     * Breaks a centred title into as few lines as greedy breaking needs, but of even length, so that no
     * line ends up holding a single orphan word; a line feed in the text forces a break.
     */
    static List<String> balancedLines(String text, double size, boolean bold, double maxWidth) {
        return balanced(text, TextMetrics.face(bold), size, maxWidth);
    }

    /** {@link #balancedLines} for an italic line (the reference line under a phụ lục title). */
    static List<String> balancedItalicLines(String text, double size, double maxWidth) {
        return balanced(text, TextMetrics.ITALIC, size, maxWidth);
    }

    private static List<String> balanced(String text, Font face, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String[] words = words(paragraph);
            // the bisection breaks the same words at many widths and meets the same candidate lines again
            // and again: each is measured once (the same measurement, so the same lines)
            Map<String, Double> measured = new HashMap<>();
            ToDoubleFunction<String> width =
                    line -> measured.computeIfAbsent(line, l -> TextMetrics.width(l, face, size));
            List<String> greedy = greedy(words, width, maxWidth);
            if (greedy.size() < 2) {
                lines.addAll(greedy);
                continue;
            }
            // the narrowest width that still needs no more lines than greedy breaking at full width
            double low = 0;
            for (String word : words) {
                low = Math.max(low, width.applyAsDouble(word));
            }
            double high = maxWidth;
            for (int i = 0; i < BALANCE_STEPS; i++) {
                double mid = (low + high) / 2;
                if (greedy(words, width, mid).size() <= greedy.size()) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            lines.addAll(noOrphan(greedy(words, width, high)));
        }
        return lines;
    }

    /** A last line of one word takes the last word of the line above when that line has words to spare. */
    private static List<String> noOrphan(List<String> lines) {
        int last = lines.size() - 1;
        String previous = lines.get(last - 1);
        int space = previous.lastIndexOf(' ');
        if (lines.get(last).contains(" ") || space < 0 || previous.indexOf(' ') == space) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, last - 1));
        out.add(previous.substring(0, space));
        out.add(previous.substring(space + 1) + " " + lines.get(last));
        return out;
    }

    private static List<String> greedy(String[] words, ToDoubleFunction<String> width, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.applyAsDouble(candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words of one paragraph (a line the clerk typed), as every breaking here reads them. */
    static String[] words(String paragraph) {
        return SPACES.split(paragraph.strip());
    }
}
