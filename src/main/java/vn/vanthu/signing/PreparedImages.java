package vn.vanthu.signing;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A signature's or a seal's picture as PDFBox embeds it, worked out once per picture. DSS hands PDFBox the
 * PNG twice per signature (to check its colour space, then to draw it), and PDFBox builds the soft mask of a
 * palette PNG by reading each pixel's index as a bit field: 5–10 ms each time. Here the first
 * conversion is kept as its objects' dictionaries and encoded bytes, and every later one copies them into
 * the document: the objects PDFBox would have made, byte for byte.
 */
final class PreparedImages {

    /** Pictures kept: the seals of the agencies and the signatures of the people signing lately. */
    private static final int KEPT = 256;

    private static final Map<Key, Prepared> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
            return size() > KEPT;
        }
    };

    private PreparedImages() {
    }

    /** The picture of {@code png} as PDFBox's {@code createFromByteArray} converts it, done once per picture. */
    static Prepared of(byte[] png) throws IOException {
        synchronized (CACHE) {
            Prepared known = CACHE.get(new Key(png));
            if (known != null) {
                return known;
            }
        }
        Prepared made;
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(scratch, png, "image.png");
            made = new Prepared((CosTemplate.Stream) CosTemplate.of(image.getCOSObject()),
                    image.getColorSpace().getName());
        }
        synchronized (CACHE) {
            CACHE.putIfAbsent(new Key(png.clone()), made); // the caller's array may change; the kept key must not
        }
        return made;
    }

    /** A converted picture: its image stream (soft mask and palette included) and its colour space's name. */
    record Prepared(CosTemplate.Stream image, String colorSpaceName) {

        /** A fresh image object in {@code document}, equal to the one PDFBox would have converted there. */
        PDImageXObject in(PDDocument document) throws IOException {
            return new PDImageXObject(new PDStream((COSStream) image.in(document)), null);
        }
    }

    private record Key(byte[] png) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(png, k.png);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(png);
        }
    }
}
