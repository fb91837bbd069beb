package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.pdf.PDFTextUtil;
import org.apache.fop.util.CharUtilities;
import org.junit.jupiter.api.Test;

/**
 * TextOperators against FOP's own PDFTextUtil driven as FOP's {@code drawTextWithDX} drives it, on the turns
 * the examples never take: an adjustment before the first glyph, adjustments past the last, word spacing on
 * no-break spaces, characters past the kept range, and the characters it leaves to FOP.
 */
class TextOperatorsTests {

    private static final float SIZE = 14f;

    @Test
    void writesWhatFopWritesForTheSameGlyphsAndAdjustments() throws Exception {
        // two fresh fonts: each gives a glyph its subset code in order of first use, so both see the same order
        MultiByteFont ours = font();
        MultiByteFont fops = font();
        TextOperators operators = new TextOperators();
        Object[][] runs = {
            {"Kính gửi", 0, null},
            {"AVATAR", 0, new int[] {-120, 35, -80, 0, 0, 64}},
            {"ệ a\u00a0b → №", 1250, new int[] {0, 0, 40}},
            {"Tệ LT", 0, new int[] {0, 0, 0, 0, 0, 0, 0, 0, -15}},
            {"", 0, new int[] {77}},
            {"", 0, null},
            {"Kính gửi", 300, null},
        };
        for (Object[] run : runs) {
            String text = (String) run[0];
            int wordSpacing = (Integer) run[1];
            int[] dx = (int[]) run[2];
            assertThat(operators.tj(ours, SIZE, text, wordSpacing, dx)).as(text)
                    .isEqualTo(fop(fops, text, wordSpacing, dx));
        }
        assertThat(operators.tj(ours, SIZE, "AVATAR", 0, new int[] {-120})).startsWith("[8.5714 <");
        assertThat(operators.tj(ours, SIZE, "a\ud83d\ude00", 0, null)).as("a surrogate pair: FOP's path").isNull();
        assertThat(operators.tj(ours, SIZE, "a\u4e2d", 0, null)).as("no glyph in the font: FOP's path").isNull();
    }

    /** FOP 2.11's loop in PDFPainter.drawTextWithDX for a TrueType font, writing through its PDFTextUtil. */
    private static String fop(MultiByteFont font, String text, int wordSpacing, int[] dx) {
        StringBuilder out = new StringBuilder();
        PDFTextUtil util = new PDFTextUtil() {
            @Override
            protected void write(String code) {
                out.append(code);
            }

            @Override
            protected void write(StringBuffer code) {
                out.append(code);
            }
        };
        util.beginTextObject();
        util.updateTf("F1", SIZE, true, false);
        out.setLength(0);
        int dxl = dx != null ? dx.length : 0;
        if (dx != null && dxl > 0 && dx[0] != 0) {
            util.adjustGlyphTJ(-dx[0] / SIZE);
        }
        for (int i = 0; i < text.length(); i++) {
            int orgChar = text.charAt(i);
            float glyphAdjust = 0;
            int ch = font.mapCodePoint(orgChar);
            if (wordSpacing != 0 && CharUtilities.isAdjustableSpace(orgChar)) {
                glyphAdjust += wordSpacing;
            }
            util.writeTJMappedCodePoint(ch);
            if (dx != null && i < dxl - 1) {
                glyphAdjust += dx[i + 1];
            }
            if (glyphAdjust != 0) {
                util.adjustGlyphTJ(-glyphAdjust / SIZE);
            }
        }
        util.writeTJ();
        return out.toString();
    }

    private static MultiByteFont font() throws Exception {
        return GlyphLookupTests.parse("LiberationSerif-Regular.ttf");
    }
}
