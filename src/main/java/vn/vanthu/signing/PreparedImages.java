package vn.vanthu.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
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
        Key key = new Key(png.clone());
        synchronized (CACHE) {
            Prepared known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        Prepared made;
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(scratch, png, "image.png");
            made = new Prepared((Stream) kept(image.getCOSObject()), image.getColorSpace().getName());
        }
        synchronized (CACHE) {
            CACHE.putIfAbsent(key, made);
        }
        return made;
    }

    /** A converted picture: its image stream (soft mask and palette included) and its colour space's name. */
    record Prepared(Stream image, String colorSpaceName) {

        /** A fresh image object in {@code document}, equal to the one PDFBox would have converted there. */
        PDImageXObject in(PDDocument document) throws IOException {
            return new PDImageXObject(new PDStream((COSStream) image.in(document)), null);
        }
    }

    /** A kept PDF object, immutable and shared: made again in each document that needs it. */
    private sealed interface Kept {
        COSBase in(PDDocument document) throws IOException;
    }

    /** Names, numbers, booleans and null: PDFBox's own immutable objects, used as they are. */
    private record Plain(COSBase value) implements Kept {
        @Override
        public COSBase in(PDDocument document) {
            return value;
        }
    }

    private record Text(byte[] bytes) implements Kept {
        @Override
        public COSBase in(PDDocument document) {
            return new COSString(bytes.clone());
        }
    }

    private record Array(List<Kept> items) implements Kept {
        @Override
        public COSBase in(PDDocument document) throws IOException {
            COSArray array = new COSArray();
            for (Kept item : items) {
                array.add(item.in(document));
            }
            return array;
        }
    }

    private record Dictionary(Map<COSName, Kept> entries) implements Kept {
        @Override
        public COSBase in(PDDocument document) throws IOException {
            return fill(new COSDictionary(), document);
        }

        COSDictionary fill(COSDictionary dictionary, PDDocument document) throws IOException {
            for (Map.Entry<COSName, Kept> e : entries.entrySet()) {
                dictionary.setItem(e.getKey(), e.getValue().in(document));
            }
            return dictionary;
        }
    }

    /** A stream as written: its dictionary without /Length (the writer sets it) and its encoded bytes. */
    private record Stream(Dictionary dictionary, byte[] raw) implements Kept {
        @Override
        public COSBase in(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            dictionary.fill(stream, document);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(raw);
            }
            return stream;
        }
    }

    private static Kept kept(COSBase value) throws IOException {
        COSBase direct = value instanceof COSObject indirect ? indirect.getObject() : value;
        if (direct instanceof COSString string) {
            return new Text(string.getBytes().clone());
        }
        if (direct instanceof COSArray array) {
            List<Kept> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(kept(array.get(i)));
            }
            return new Array(List.copyOf(items));
        }
        if (direct instanceof COSDictionary dictionary) {
            Map<COSName, Kept> entries = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
                if (!(direct instanceof COSStream && e.getKey().equals(COSName.LENGTH))) {
                    entries.put(e.getKey(), kept(e.getValue()));
                }
            }
            Dictionary kept = new Dictionary(java.util.Collections.unmodifiableMap(entries));
            if (direct instanceof COSStream stream) {
                try (InputStream in = stream.createRawInputStream()) {
                    return new Stream(kept, in.readAllBytes());
                }
            }
            return kept;
        }
        return new Plain(direct); // COSName, COSInteger, COSFloat, COSBoolean, COSNull
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
