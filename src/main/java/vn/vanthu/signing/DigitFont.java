package vn.vanthu.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The font of the number and day fields: a bundled Liberation Serif face with only the digits and the space. */
final class DigitFont {

    // the cut is the same for every document: made once per face, not parsed again at every signature
    private static final Map<String, byte[]> SUBSETS = new ConcurrentHashMap<>();

    private DigitFont() {
    }

    /**
     * The face cut down to the digits with fontbox's subsetter (cmap kept) and embedded whole: the fields can
     * then be filled in a later session, when PDFBox could no longer extend a subset it made.
     */
    static PDType0Font embed(PDDocument doc, String file) throws IOException {
        byte[] subset;
        try {
            subset = SUBSETS.computeIfAbsent(file, DigitFont::digitsOf);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(subset)), false);
    }

    private static byte[] digitsOf(String file) {
        try (InputStream in = DigitFont.class.getClassLoader().getResourceAsStream("fonts/" + file);
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                    "glyf", "hmtx", "fpgm", "gasp", "cmap", "post", "name", "OS/2"));
            "0123456789 ".chars().forEach(subsetter::add);
            subsetter.setPrefix("VTNUMB+");
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            return subset.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
