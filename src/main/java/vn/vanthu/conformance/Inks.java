package vn.vanthu.conformance;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The mean colour of an image's opaque pixels, remembered by what the image is made of: an agency's seal and
 * a leader's signature are the same picture on every document they issue, and decoding one costs more than
 * the rest of a page's check. The key is {@link PictureKey}, so two images share a colour only when their pixels
 * cannot differ.
 */
final class Inks {

    /** Different pictures one server meets: the agencies' seals and their leaders' signatures, with room to spare. */
    private static final int REMEMBERED = 512;
    private static final Map<String, Optional<Color>> MEANS = new ConcurrentHashMap<>();

    private Inks() {
    }

    /** The mean colour of the opaque pixels, or empty when none is opaque. */
    static Optional<Color> of(PDImageXObject image) throws IOException {
        String key = PictureKey.of(image.getCOSObject());
        Optional<Color> known = key == null ? null : MEANS.get(key);
        if (known != null) {
            return known;
        }
        // every 4th pixel of every 4th row: the ink's mean colour without converting the full image (a seal
        // scanned at 600 dpi is 800,000 pixels)
        Optional<Color> mean = Optional.ofNullable(mean(image.getImage(null, 4)));
        if (key != null) {
            if (MEANS.size() >= REMEMBERED) {
                MEANS.clear();
            }
            MEANS.put(key, mean);
        }
        return mean;
    }

    private static Color mean(BufferedImage image) {
        long r = 0;
        long g = 0;
        long b = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 128) {
                    r += argb >> 16 & 0xFF;
                    g += argb >> 8 & 0xFF;
                    b += argb & 0xFF;
                    n++;
                }
            }
        }
        return n == 0 ? null : new Color((int) (r / n), (int) (g / n), (int) (b / n));
    }
}
