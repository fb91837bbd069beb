package vn.vanthu.conformance;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** Derives a {@link Face} from a PDF font: style from the name first, the font descriptor second. */
final class FaceReader {

    private FaceReader() {
    }

    static Face read(PDFont font) {
        String name = font.getName();
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = key.contains("bold") || key.contains("black") || key.contains("heavy");
        boolean italic = key.contains("italic") || key.contains("oblique");
        if (d != null) {
            // names like "F1" or "Arial,Bold"-less subsets still declare weight and slant in the descriptor
            bold |= d.isForceBold() || d.getFontWeight() >= 600;
            italic |= d.isItalic() || Math.abs(d.getItalicAngle()) > 1f;
        }
        return new Face(name, font.isEmbedded(), bold, italic);
    }
}
