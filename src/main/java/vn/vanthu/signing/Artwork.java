package vn.vanthu.signing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Shared drawing tools of the generated demo images: the bundled fonts, a transparent canvas, PNG output. */
final class Artwork {

    private Artwork() {
    }

    static Font font(String file) {
        try (InputStream in = Artwork.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("thiếu phông chữ fonts/" + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A transparent ARGB canvas with anti-aliasing on. */
    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /**
     * The drawing in one ink, {@code shrink} times smaller: each pixel takes the ink's colour and, as alpha, the
     * mean coverage of its {@code shrink × shrink} block. Anti-aliased strokes drawn over one another otherwise
     * leave rounding noise in the colour, which takes a one-ink image past the 256 colours of a palette image
     * (PaletteImage).
     */
    static BufferedImage oneInk(BufferedImage drawn, java.awt.Color ink, int shrink) {
        int rgb = ink.getRGB() & 0xFFFFFF;
        int width = drawn.getWidth() / shrink;
        int height = drawn.getHeight() / shrink;
        BufferedImage out = canvas(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int dy = 0; dy < shrink; dy++) {
                    for (int dx = 0; dx < shrink; dx++) {
                        sum += drawn.getRGB(x * shrink + dx, y * shrink + dy) >>> 24;
                    }
                }
                int alpha = (sum + shrink * shrink / 2) / (shrink * shrink);
                out.setRGB(x, y, alpha == 0 ? 0 : alpha << 24 | rgb);
            }
        }
        return out;
    }

    static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
