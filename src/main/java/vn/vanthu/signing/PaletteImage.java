package vn.vanthu.signing;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A signature or seal image as a palette PNG with an alpha per entry, when it has at most 256 colours (one ink
 * with its anti-aliasing levels has): PDFBox copies such a PNG's compressed data into the PDF as it is, where a
 * true-colour PNG with alpha is decoded, split and re-encoded with PNG predictors at every signature (DSS does
 * that twice per signature: 30 % of a chain's CPU with the 898 × 898 px demo seal). The pixels are unchanged.
 */
final class PaletteImage {

    /** Distinct images kept converted: one per signer and agency seal in use. */
    private static final int KEPT = 512;

    private static final Map<String, byte[]> CONVERTED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    private PaletteImage() {
    }

    /** The image as a palette PNG, or the bytes given when it is not a PNG with at most 256 colours. */
    static byte[] of(byte[] png) {
        String key = vn.vanthu.platform.Sha256.hex(png);
        synchronized (CONVERTED) {
            byte[] kept = CONVERTED.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] converted = convert(png);
        synchronized (CONVERTED) {
            CONVERTED.put(key, converted);
        }
        return converted;
    }

    static byte[] convert(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return png;
        }
        if (image == null || image.getColorModel() instanceof IndexColorModel) {
            return png;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> entries = new HashMap<>();
        byte[] pixels = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            // every fully transparent pixel is the same pixel, whatever colour it carries
            int colour = argb[i] >>> 24 == 0 ? 0 : argb[i];
            Integer entry = entries.get(colour);
            if (entry == null) {
                if (entries.size() == 256) {
                    return png;
                }
                entry = entries.size();
                entries.put(colour, entry);
            }
            pixels[i] = (byte) (int) entry;
        }
        return write(entries, pixels, width, height);
    }

    private static byte[] write(Map<Integer, Integer> entries, byte[] pixels, int width, int height) {
        int n = entries.size();
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        byte[] a = new byte[n];
        entries.forEach((colour, i) -> {
            a[i] = (byte) (colour >>> 24);
            r[i] = (byte) (colour >>> 16);
            g[i] = (byte) (colour >>> 8);
            b[i] = (byte) (int) colour;
        });
        IndexColorModel model = new IndexColorModel(8, n, r, g, b, a);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        raster.setDataElements(0, 0, width, height, pixels);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(model, raster, false, null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
