package vn.vanthu.conformance;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The mean colour of an image's opaque pixels, remembered by what the image is made of: an agency's seal and
 * a leader's signature are the same picture on every document they issue, and decoding one costs more than
 * the rest of a page's check. The key is a SHA-256 over the image object with everything it refers to (soft
 * mask, colour space, palette, decode parameters) and the undecoded bytes of every stream, so two images share
 * a colour only when their pixels cannot differ.
 */
final class Inks {

    /** Different pictures one server meets: the agencies' seals and their leaders' signatures, with room to spare. */
    private static final int REMEMBERED = 512;
    private static final Map<String, Optional<Color>> MEANS = new ConcurrentHashMap<>();

    private Inks() {
    }

    /** The mean colour of the opaque pixels, or empty when none is opaque. */
    static Optional<Color> of(PDImageXObject image) throws IOException {
        String key = key(image.getCOSObject());
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

    /**
     * The image's key, or null for an image whose objects nest deeper or branch wider than any real picture's
     * (such an image is decoded every time, never remembered).
     */
    static String key(COSStream image) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return write(image, digest, 0, new int[] { 1_000 }) ? HexFormat.of().formatHex(digest.digest()) : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Writes a canonical form of the object: dictionary keys sorted, references followed, streams by their raw
     * bytes. False when the object is deeper than 16 levels or holds more than the budget's objects.
     */
    private static boolean write(COSBase value, MessageDigest out, int depth, int[] budget) throws IOException {
        if (depth > 16 || --budget[0] < 0) {
            return false;
        }
        COSBase v = value instanceof COSObject reference ? reference.getObject() : value;
        if (v instanceof COSStream stream) {
            if (!dictionary(stream, out, depth, budget)) {
                return false;
            }
            out.update(tag('S'));
            try (InputStream raw = stream.createRawInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = raw.read(buffer)) > 0; ) {
                    out.update(buffer, 0, n);
                }
            }
            out.update(tag('s'));
        } else if (v instanceof COSDictionary dictionary) {
            return dictionary(dictionary, out, depth, budget);
        } else if (v instanceof COSArray array) {
            out.update(tag('['));
            for (COSBase item : array) {
                if (!write(item, out, depth + 1, budget)) {
                    return false;
                }
            }
            out.update(tag(']'));
        } else if (v instanceof COSString string) {
            // a palette is a string of bytes: the bytes themselves, not a decoding of them
            out.update(tag('('));
            out.update(string.getBytes());
            out.update(tag(')'));
        } else {
            // names, numbers, booleans, null: with their class, so that /1 and 1 differ
            out.update((v == null ? "null" : v.getClass().getSimpleName() + ":" + v).getBytes(StandardCharsets.UTF_8));
            out.update(tag(';'));
        }
        return true;
    }

    private static boolean dictionary(COSDictionary dictionary, MessageDigest out, int depth, int[] budget)
            throws IOException {
        Map<String, COSBase> sorted = new TreeMap<>();
        for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
            // the length is the stream's bytes, which are hashed anyway; the rest decides the pixels
            if (!COSName.LENGTH.equals(e.getKey())) {
                sorted.put(e.getKey().getName(), e.getValue());
            }
        }
        out.update(tag('<'));
        for (Map.Entry<String, COSBase> e : sorted.entrySet()) {
            out.update(("/" + e.getKey()).getBytes(StandardCharsets.UTF_8));
            out.update(tag(' '));
            if (!write(e.getValue(), out, depth + 1, budget)) {
                return false;
            }
        }
        out.update(tag('>'));
        return true;
    }

    private static byte[] tag(char c) {
        return new byte[] { 0, (byte) c };
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
