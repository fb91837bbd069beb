package vn.vanthu.rendering;

import java.awt.geom.AffineTransform;
import java.util.Objects;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFTextUtil;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFUtil;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFPainter;

/**
 * FOP's painter for one page, with two changes: its content stream is deflated at {@link FastFlate}'s level,
 * and text in vanthu's TrueType fonts is written by {@link TextOperators}, operator for operator what FOP
 * writes. Anything else (another kind of font, glyph positioning beyond x adjustments, a character FOP maps
 * its own way) is painted by FOP.
 */
final class PagePainter extends PDFPainter {

    private final TextOperators text;
    /** The font state of the last text drawn, and what it resolved to. */
    private String lastFamily;
    private String lastStyle;
    private int lastWeight = -1;
    private int lastSize = -1;
    private String lastKey;
    private MultiByteFont lastFont;

    PagePainter(PDFDocumentHandler handler, TextOperators text) {
        super(handler, null);
        this.text = text;
        FastFlate.onto(generator.getStream());
    }

    PDFDocument document() {
        return generator.getStream().getDocument();
    }

    @Override
    public void drawText(int x, int y, int letterSpacing, int wordSpacing, int[][] dp, String chars)
            throws IFException {
        MultiByteFont font = trueType();
        int[] dx = dp == null ? null : IFUtil.isDPOnlyDX(dp) ? IFUtil.convertDPToDX(dp) : null;
        float fontSize = state.getFontSize() / 1000f;
        String tj = font == null || (dp != null && dx == null) ? null
                : text.tj(font, fontSize, chars, wordSpacing, dx);
        if (tj == null) {
            super.drawText(x, y, letterSpacing, wordSpacing, dp, chars);
            return;
        }
        // from here on, the calls PDFPainter.drawText and drawTextWithDX make, in their order
        generator.updateColor(state.getTextColor(), true, null);
        PDFTextUtil textUtil = generator.getTextUtil();
        if (!textUtil.isInTextObject()) {
            textUtil.beginTextObject();
        }
        textUtil.updateTf(lastKey, fontSize, true, false);
        generator.updateCharacterSpacing(letterSpacing / 1000f);
        textUtil.writeTextMatrix(new AffineTransform(1, 0, 0, -1, x / 1000f, y / 1000f));
        textUtil.writeTJ();
        if (!tj.isEmpty()) {
            generator.add(tj);
        }
        generator.resetCharacterSpacing();
    }

    /** The current font when it is one TextOperators writes as FOP does; null otherwise. */
    private MultiByteFont trueType() {
        String family = state.getFontFamily();
        String style = state.getFontStyle();
        int weight = state.getFontWeight();
        int size = state.getFontSize();
        if (weight != lastWeight || size != lastSize || !Objects.equals(family, lastFamily)
                || !Objects.equals(style, lastStyle)) {
            lastFamily = family;
            lastStyle = style;
            lastWeight = weight;
            lastSize = size;
            FontTriplet triplet = new FontTriplet(family, style, weight);
            FontInfo fonts = getFontInfo();
            lastKey = fonts.getInternalFontKey(triplet);
            lastFont = lastKey == null ? null : writable(fonts.getFonts().get(lastKey));
            if (lastFont != null) {
                // as FOP's painter does: the first lookup of a size marks the font used
                fonts.getFontInstance(triplet, size);
            }
        }
        return lastFont;
    }

    private static MultiByteFont writable(Typeface face) {
        Typeface real = face instanceof LazyFont lazy ? lazy.getRealFont() : face;
        // FOP paints these differently: SVG glyphs, a CID-keyed font, bold or italic simulated by strokes and shear
        return real instanceof MultiByteFont font && !font.hasSVG() && !font.isCID() && !font.getSimulateStyle()
                ? font : null;
    }
}
