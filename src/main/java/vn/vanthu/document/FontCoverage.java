package vn.vanthu.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * Which characters the bundled body font can draw: a character it lacks would print as an empty box
 * in the PDF, so the validator refuses it up front. The font is loaded once, and its answers for the whole
 * Basic Multilingual Plane are read into a bit set then: the validator asks about every distinct character
 * of every field of every document it checks.
 */
final class FontCoverage {

    private static final String RESOURCE = "fonts/LiberationSerif-Regular.ttf";

    private FontCoverage() {
    }

    /** True when the body font has a glyph for the code point. */
    static boolean covers(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return true; // printable ASCII: always there, and by far the most common case
        }
        return codePoint >= 0 && codePoint <= Character.MAX_VALUE ? Loaded.BMP.get(codePoint)
                : Loaded.FONT.canDisplay(codePoint);
    }

    // Initialisation-on-demand holder: the JVM makes the one-time load thread-safe.
    private static final class Loaded {
        static final Font FONT = load();
        static final BitSet BMP = bmp(FONT);

        private static BitSet bmp(Font font) {
            BitSet covered = new BitSet(Character.MAX_VALUE + 1);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                covered.set(c, font.canDisplay(c));
            }
            return covered;
        }

        private static Font load() {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true"); // servers and CLIs have no display
            }
            try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the classpath: " + RESOURCE);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + RESOURCE, e);
            }
        }
    }
}
