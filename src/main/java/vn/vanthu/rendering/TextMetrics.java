package vn.vanthu.rendering;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Advance widths of the bundled Liberation Serif faces, so rules can be sized against the text
 * they sit under and titles broken into lines before layout (the rule must match those lines).
 */
final class TextMetrics {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");
    static final Font ITALIC = load("LiberationSerif-Italic.ttf");
    private static final Map<String, Font> SIZED = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    /** Width in points of the text set in the given size. */
    static double width(String text, double size, boolean bold) {
        return width(text, face(bold), size);
    }

    /** Width in points of the text set in italic (the place and date, the reference lines). */
    static double italicWidth(String text, double size) {
        return width(text, ITALIC, size);
    }

    static double width(String text, Font face, double size) {
        // deriving a font costs more than measuring with it; a document uses a handful of sizes
        Font sized = SIZED.computeIfAbsent(face.getFontName() + "@" + size, k -> face.deriveFont((float) size));
        return sized.getStringBounds(text, FRC).getWidth();
    }

    /** Width in points of the widest line. */
    static double widest(List<String> lines, double size, boolean bold) {
        return lines.stream().mapToDouble(l -> width(l, size, bold)).max().orElse(0);
    }

    static Font face(boolean bold) {
        return bold ? BOLD : REGULAR;
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
