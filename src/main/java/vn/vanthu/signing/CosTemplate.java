package vn.vanthu.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF object kept apart from any document, immutable and safe to share between threads, and made again in
 * each document that needs it: PDFBox's objects belong to one document and read their streams through it.
 */
sealed interface CosTemplate {

    /** A fresh object in {@code document} equal to the kept one. */
    COSBase in(PDDocument document) throws IOException;

    /** Names, numbers, booleans and null; numbers are made anew, the rest are PDFBox's shared constants. */
    record Plain(COSBase value) implements CosTemplate {
        @Override
        public COSBase in(PDDocument document) {
            if (value instanceof COSInteger number) {
                return COSInteger.get(number.longValue());
            }
            if (value instanceof COSFloat number) {
                return new COSFloat(number.floatValue());
            }
            return value;
        }
    }

    record Text(byte[] bytes) implements CosTemplate {
        @Override
        public COSBase in(PDDocument document) {
            return new COSString(bytes.clone());
        }
    }

    record Array(List<CosTemplate> items) implements CosTemplate {
        @Override
        public COSBase in(PDDocument document) throws IOException {
            COSArray array = new COSArray();
            for (CosTemplate item : items) {
                array.add(item.in(document));
            }
            return array;
        }
    }

    record Dictionary(Map<COSName, CosTemplate> entries) implements CosTemplate {
        @Override
        public COSBase in(PDDocument document) throws IOException {
            return fill(new COSDictionary(), document);
        }

        COSDictionary fill(COSDictionary dictionary, PDDocument document) throws IOException {
            for (Map.Entry<COSName, CosTemplate> e : entries.entrySet()) {
                dictionary.setItem(e.getKey(), e.getValue().in(document));
            }
            return dictionary;
        }
    }

    /** A stream as written: its dictionary without /Length (the writer sets it) and its encoded bytes. */
    record Stream(Dictionary dictionary, byte[] raw) implements CosTemplate {
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

    /** The template of a PDF object as it stands (indirect references followed, a stream's /Length left out). */
    static CosTemplate of(COSBase value) throws IOException {
        COSBase direct = value instanceof COSObject indirect ? indirect.getObject() : value;
        if (direct instanceof COSString string) {
            return new Text(string.getBytes().clone());
        }
        if (direct instanceof COSArray array) {
            List<CosTemplate> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(of(array.get(i)));
            }
            return new Array(List.copyOf(items));
        }
        if (direct instanceof COSDictionary dictionary) {
            Map<COSName, CosTemplate> entries = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
                if (!(direct instanceof COSStream && e.getKey().equals(COSName.LENGTH))) {
                    entries.put(e.getKey(), of(e.getValue()));
                }
            }
            Dictionary kept = new Dictionary(Collections.unmodifiableMap(entries));
            if (direct instanceof COSStream stream) {
                try (InputStream in = stream.createRawInputStream()) {
                    return new Stream(kept, in.readAllBytes());
                }
            }
            return kept;
        }
        return new Plain(direct); // COSName, COSInteger, COSFloat, COSBoolean, COSNull
    }
}
