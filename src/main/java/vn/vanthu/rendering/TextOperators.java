package vn.vanthu.rendering;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.util.CharUtilities;
import org.apache.xmlgraphics.util.DoubleFormatUtil;

/**
 * One document's TJ operators, written as FOP 2.11's {@code PDFPainter.drawTextWithDX} and {@code PDFTextUtil}
 * write them for a TrueType font (same glyph codes, same adjustments, same number format), without their
 * strings per glyph, synchronized appends and two font lookups per glyph (one through a boxed map): 4–7 %
 * of a render. A glyph's code in the document's subset is asked of the font once, then read from an array.
 */
final class TextOperators {

    /** Characters whose codes are kept in arrays: Latin, Vietnamese and the punctuation up to U+20FF. */
    private static final int KEPT = 0x2100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Map<MultiByteFont, char[]> codes = new IdentityHashMap<>();
    private final StringBuffer number = new StringBuffer(16); // DoubleFormatUtil writes only to a StringBuffer
    private final StringBuilder operators = new StringBuilder(256);
    private double lastAdjust = Double.NaN;
    private String lastAdjustText;

    /**
     * The TJ operator FOP writes for {@code text} in {@code font} ("" when FOP writes none), or null when a
     * character needs FOP's own path: one the font has no glyph for, or half of a surrogate pair.
     */
    String tj(MultiByteFont font, float fontSize, String text, int wordSpacing, int[] dx) {
        char[] known = codes.computeIfAbsent(font, f -> new char[KEPT]);
        StringBuilder tj = operators;
        tj.setLength(0);
        int dxl = dx != null ? dx.length : 0;
        if (dxl > 0 && dx[0] != 0) {
            adjust(tj, -dx[0] / fontSize);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = c < KEPT ? known[c] - 1 : -1;
            if (code < 0) {
                if (!font.hasCodePoint(c)) { // surrogates included: no cmap maps half a pair
                    return null;
                }
                code = font.mapCodePoint(c);
                if (c < KEPT && code < Character.MAX_VALUE) {
                    known[c] = (char) (code + 1);
                }
            }
            float glyphAdjust = 0;
            if (wordSpacing != 0 && CharUtilities.isAdjustableSpace(c)) {
                glyphAdjust += wordSpacing;
            }
            if (tj.length() == 0) {
                tj.append("[<");
            }
            tj.append(HEX[code >> 12 & 15]).append(HEX[code >> 8 & 15])
                    .append(HEX[code >> 4 & 15]).append(HEX[code & 15]);
            if (i < dxl - 1) {
                glyphAdjust += dx[i + 1];
            }
            if (glyphAdjust != 0) {
                adjust(tj, -glyphAdjust / fontSize);
            }
        }
        if (tj.length() > 0) {
            tj.append(">] TJ\n");
        }
        return tj.toString();
    }

    /** FOP's {@code adjustGlyphTJ}: close the string, the adjustment with 4 decimals, open the next string. */
    private void adjust(StringBuilder tj, double value) {
        if (tj.length() == 0) {
            tj.append('[');
        } else {
            tj.append("> ");
        }
        if (value != lastAdjust) {
            // a justified line adjusts every space by the same amount: format it once
            number.setLength(0);
            DoubleFormatUtil.formatDouble(value, 4, 4, number);
            lastAdjust = value;
            lastAdjustText = number.toString();
        }
        tj.append(lastAdjustText).append(" <");
    }
}
