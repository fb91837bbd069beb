package vn.vanthu.rendering;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontType;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFFont;
import org.apache.fop.pdf.PDFFontDescriptor;
import org.apache.fop.pdf.PDFObject;
import org.apache.fop.pdf.PDFTTFStream;

/**
 * Completes the font objects FOP made for a document: the subset of each {@link DocumentFont} that makes
 * its own goes into its descriptor as FontFile2 (FOP, given no file, made the descriptor without one),
 * and every font file is deflated by {@link FastFlate}.
 */
final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    /** Adds the missing font files to the fonts the document uses and puts FastFlate on all of them. */
    static void complete(PDFDocument document, FontInfo fonts) throws IOException {
        for (Map.Entry<String, Typeface> used : fonts.getUsedFonts().entrySet()) {
            PDFFont font = document.getFontMap().get(used.getKey());
            if (font == null) {
                continue; // no character was mapped: FOP leaves the font out
            }
            PDFFontDescriptor descriptor = descriptor(font);
            if (descriptor == null) {
                continue; // a font without a descriptor embeds no file
            }
            if (descriptor.getFontFile() == null && used.getValue() instanceof DocumentFont own
                    && own.isEmbeddable()) {
                byte[] subset = own.subset();
                if (subset != null) {
                    PDFTTFStream file = new PDFTTFStream(subset.length);
                    file.setData(subset, subset.length);
                    descriptor.setFontFile(FontType.TYPE0, file);
                    document.registerObject(file);
                }
            }
            if (descriptor.getFontFile() != null) {
                FastFlate.onto(descriptor.getFontFile());
            }
        }
    }

    private static PDFFontDescriptor descriptor(PDFFont font) {
        Set<PDFObject> objects = Collections.newSetFromMap(new IdentityHashMap<>());
        font.getChildren(objects);
        for (PDFObject object : objects) {
            if (object instanceof PDFFontDescriptor descriptor) {
                return descriptor;
            }
        }
        return null;
    }
}
