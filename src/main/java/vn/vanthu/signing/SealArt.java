package vn.vanthu.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * The round red seal of a demo agency (Phụ lục I, II.8.a): double rim, the agency's name around the top, the
 * province along the bottom, a five-pointed star in the centre; drawn at 600 dpi, kept as a transparent PNG at
 * 300 dpi (449 px: every signature embeds it, and every verification draws it twice).
 */
final class SealArt {

    /** Seal ink red. */
    static final Color INK = new Color(0xD7, 0x19, 0x20);
    /** Diameter of the seal in millimetres (a provincial body's seal is 35–40 mm). */
    static final float DIAMETER_MM = 38f;
    /** The drawing's size in pixels, at 600 dpi; the image is half of it. */
    static final int SIZE = Math.round(DIAMETER_MM / 25.4f * 600);

    private static final Font BOLD = Artwork.font("LiberationSerif-Bold.ttf");

    private SealArt() {
    }

    /** The seal image; {@code rim} goes around the top, {@code bottom} along the bottom arc. */
    static byte[] png(String rim, String bottom) {
        BufferedImage image = Artwork.canvas(SIZE, SIZE);
        Graphics2D g = Artwork.pen(image);
        g.setColor(INK);
        double c = SIZE / 2.0;
        double outer = c - 8;
        g.setStroke(new BasicStroke(14f));
        g.draw(new Ellipse2D.Double(c - outer, c - outer, 2 * outer, 2 * outer));
        double inner = outer * 0.66;
        g.setStroke(new BasicStroke(6f));
        g.draw(new Ellipse2D.Double(c - inner, c - inner, 2 * inner, 2 * inner));
        double textRadius = (outer + inner) / 2 - 16;
        arc(g, rim, c, textRadius, true, 56f, Math.toRadians(250));
        arc(g, bottom, c, textRadius, false, 50f, Math.toRadians(80));
        g.fill(star(c, c, inner * 0.55, inner * 0.22));
        g.dispose();
        return Artwork.png(Artwork.oneInk(image, INK, 2));
    }

    /** Letters set upright along an arc centred on the top (reading clockwise) or the bottom (counter-clockwise). */
    private static void arc(Graphics2D g, String text, double c, double radius, boolean top, float size, double span) {
        Font font = BOLD.deriveFont(size);
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector v = font.createGlyphVector(frc, text);
        double total = v.getLogicalBounds().getWidth();
        double scale = Math.min(1, span * radius / total);
        double angle = -total * scale / radius / 2;
        for (int i = 0; i < v.getNumGlyphs(); i++) {
            double advance = v.getGlyphMetrics(i).getAdvance() * scale;
            double mid = angle + advance / radius / 2;
            AffineTransform t = new AffineTransform();
            if (top) {
                t.translate(c + radius * Math.sin(mid), c - radius * Math.cos(mid));
                t.rotate(mid);
            } else {
                t.translate(c + radius * Math.sin(mid), c + radius * Math.cos(mid));
                t.rotate(-mid);
            }
            t.scale(scale, 1);
            t.translate(-v.getGlyphMetrics(i).getAdvance() / 2, size * 0.35);
            float x = (float) -v.getGlyphPosition(i).getX();
            g.fill(t.createTransformedShape(v.getGlyphOutline(i, x, 0)));
            angle += advance / radius;
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
