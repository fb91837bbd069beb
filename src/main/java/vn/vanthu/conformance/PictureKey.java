package vn.vanthu.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * What a picture is made of, as a SHA-256: the image object with everything it refers to (soft mask, colour
 * space, palette, decode parameters) and the undecoded bytes of every stream, whatever its object numbers.
 */
final class PictureKey {

    private PictureKey() {
    }

    /**
     * The image's key, or null for an image whose objects nest deeper or number more than any real picture's
     * (such an image is decoded every time, never remembered).
     */
    static String of(COSStream image) throws IOException {
        try {
            Canonical form = new Canonical(MessageDigest.getInstance("SHA-256"));
            return form.write(image, 0) ? HexFormat.of().formatHex(form.digest.digest()) : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A canonical form of an object, into a digest: dictionary keys sorted, references followed, streams by their
     * raw bytes. An object met again is written as the order it was first met in, so each is read once however
     * often it is referred to, and a loop ends.
     */
    private static final class Canonical {

        final MessageDigest digest;
        final Map<COSBase, Integer> seen = new IdentityHashMap<>();

        Canonical(MessageDigest digest) {
            this.digest = digest;
        }

        /** False when the object is deeper than 16 levels or holds more than 1,000 containers. */
        boolean write(COSBase value, int depth) throws IOException {
            COSBase v = value instanceof COSObject reference ? reference.getObject() : value;
            if (v instanceof COSDictionary || v instanceof COSArray) {
                Integer first = seen.putIfAbsent(v, seen.size());
                if (first != null) {
                    update('R', Integer.toString(first).getBytes(StandardCharsets.US_ASCII));
                    return true;
                }
                if (depth > 16 || seen.size() > 1_000) {
                    return false;
                }
            }
            if (v instanceof COSDictionary dictionary && !dictionary(dictionary, depth)) {
                return false;
            }
            if (v instanceof COSStream stream) {
                try (InputStream raw = stream.createRawInputStream()) {
                    update('S', raw.readAllBytes());
                }
            } else if (v instanceof COSArray array) {
                update('[', Integer.toString(array.size()).getBytes(StandardCharsets.US_ASCII));
                for (COSBase item : array) {
                    if (!write(item, depth + 1)) {
                        return false;
                    }
                }
            } else if (v instanceof COSString string) {
                // a palette is a string of bytes: the bytes themselves, not a decoding of them
                update('(', string.getBytes());
            } else if (!(v instanceof COSDictionary)) {
                // names, numbers, booleans, null: with their class, so that /1 and 1 differ
                update(';', (v == null ? "null" : v.getClass().getSimpleName() + ":" + v).getBytes(StandardCharsets.UTF_8));
            }
            return true;
        }

        private boolean dictionary(COSDictionary dictionary, int depth) throws IOException {
            Map<String, COSBase> sorted = new TreeMap<>();
            for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
                // the length is the stream's bytes, which are hashed anyway; the rest decides the pixels
                if (!COSName.LENGTH.equals(e.getKey())) {
                    sorted.put(e.getKey().getName(), e.getValue());
                }
            }
            digest.update(tag('<'));
            for (Map.Entry<String, COSBase> e : sorted.entrySet()) {
                update('/', e.getKey().getBytes(StandardCharsets.UTF_8));
                if (!write(e.getValue(), depth + 1)) {
                    return false;
                }
            }
            digest.update(tag('>'));
            return true;
        }

        /** A tag and a length before the bytes, so that no two sequences of values write the same bytes. */
        private void update(char tag, byte[] bytes) {
            digest.update(tag(tag));
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update(tag(':'));
            digest.update(bytes);
        }
    }

    private static byte[] tag(char c) {
        return new byte[] { 0, (byte) c };
    }
}
