package vn.vanthu.rendering;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Advance widths of the bundled Liberation Serif faces, so rules can be sized against the text
 * they sit under and titles broken into lines before layout (the rule must match those lines).
 */
final class TextMetrics {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");

    private TextMetrics() {
    }

    /** Width in points of the text set in the given size. */
    static double width(String text, double size, boolean bold) {
        Font font = (bold ? BOLD : REGULAR).deriveFont((float) size);
        return font.getStringBounds(text, FRC).getWidth();
    }

    /** Width in points of the widest line. */
    static double widest(List<String> lines, double size, boolean bold) {
        return lines.stream().mapToDouble(l -> width(l, size, bold)).max().orElse(0);
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth} (greedy, at spaces); a line feed in the
     * text forces a break where the clerk put it.
     */
    static List<String> breakLines(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, size, bold) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static Font load(String file) {
        try (InputStream in = TextMetrics.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: fonts/" + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + file, e);
        }
    }
}
