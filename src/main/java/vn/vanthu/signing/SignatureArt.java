package vn.vanthu.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.Random;

/**
 * A handwritten-looking signature for a demo person, drawn in blue ink on a transparent background
 * (Phụ lục I, II.7.d): the initial of the given name, a run of looped pen strokes and a flourish,
 * shaped by a seed taken from the user id so each person keeps the same signature.
 */
final class SignatureArt {

    /** Ballpoint blue. */
    static final Color INK = new Color(0x1F, 0x3C, 0xA8);
    /** 50 × 20 mm at 300 dpi. */
    static final int WIDTH = 590;
    static final int HEIGHT = 236;

    private static final Font SCRIPT = Artwork.font("LiberationSerif-Italic.ttf");

    private SignatureArt() {
    }

    static byte[] png(String userId, String fullName) {
        Random r = new Random(userId.hashCode() * 31L + fullName.hashCode());
        BufferedImage image = Artwork.canvas(WIDTH, HEIGHT);
        Graphics2D g = Artwork.pen(image);
        g.setColor(INK);
        String given = fullName.substring(fullName.lastIndexOf(' ') + 1);
        String initial = Normalizer.normalize(given, Normalizer.Form.NFD).substring(0, 1);
        // a slanted capital, as most people start a signature with their initial
        AffineTransform slant = AffineTransform.getShearInstance(-0.35, 0);
        g.setFont(SCRIPT.deriveFont(Font.PLAIN, 150f).deriveFont(slant));
        g.drawString(initial, 40, 165);
        double start = 40 + g.getFontMetrics().stringWidth(initial) * 0.8;
        g.setStroke(new BasicStroke(5.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(loops(r, start, 150, 3 + r.nextInt(2)));
        g.setStroke(new BasicStroke(4.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(flourish(r));
        g.dispose();
        return Artwork.png(Artwork.oneInk(image, INK, 1));
    }

    /**
     * Cursive-like letters along a slightly rising baseline: tall loops (l, h), humps (n, m) and a descender
     * loop (g, y) in an order and size the seed decides.
     */
    private static Path2D loops(Random r, double x0, double baseline, int count) {
        Path2D p = new Path2D.Double();
        double x = x0;
        double y = baseline;
        p.moveTo(x, y);
        for (int i = 0; i < count + 2; i++) {
            int kind = r.nextInt(4);
            double w = 26 + r.nextDouble() * 26;
            if (kind == 0) {
                double h = 80 + r.nextDouble() * 40;
                p.curveTo(x + w * 0.9, y - h * 0.5, x + w * 1.0, y - h, x + w * 0.5, y - h);
                p.curveTo(x + w * 0.1, y - h, x + w * 0.2, y - h * 0.3, x + w * 0.7, y);
            } else if (kind == 1) {
                double h = 30 + r.nextDouble() * 18;
                p.curveTo(x + w * 0.2, y - h, x + w * 0.8, y - h, x + w * 0.8, y);
                p.curveTo(x + w * 0.9, y - h * 0.9, x + w * 1.4, y - h, x + w * 1.5, y);
                w *= 1.6;
            } else if (kind == 2) {
                double d = 45 + r.nextDouble() * 25;
                p.curveTo(x + w * 0.5, y - 30, x + w * 0.9, y - 25, x + w * 0.6, y + d);
                p.curveTo(x + w * 0.4, y + d + 15, x + w * 0.1, y + d * 0.6, x + w * 0.9, y);
            } else {
                double h = 26 + r.nextDouble() * 12;
                p.curveTo(x + w * 0.8, y - h, x + w * 0.1, y - h, x + w * 0.4, y - 2);
                p.curveTo(x + w * 0.6, y + 4, x + w * 0.8, y - 4, x + w * 0.9, y);
            }
            x += w * 0.85;
            y -= 3 + r.nextDouble() * 5;
        }
        p.curveTo(x + 40, y - 30, x + 70, y + 10, x + 110, y - 25);
        return p;
    }

    /** A long stroke under the name that swings back: the flourish most Vietnamese signatures end with. */
    private static Path2D flourish(Random r) {
        Path2D p = new Path2D.Double();
        double y = 190 + r.nextDouble() * 12;
        p.moveTo(WIDTH - 60, 120 + r.nextDouble() * 25);
        p.curveTo(WIDTH - 20, y + 20, 240, y + 10, 70, y - 8 - r.nextDouble() * 10);
        p.curveTo(40, y - 14, 90, y - 24, 160, y - 20);
        return p;
    }
}
