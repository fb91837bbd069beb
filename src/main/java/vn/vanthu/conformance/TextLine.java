package vn.vanthu.conformance;

import java.util.List;

/**
 * A run of glyphs on one baseline with no wide gap: text (NFC), whether the extracted text was already NFC,
 * extents, dominant size and style. Two columns on one baseline (number and date) are two lines.
 */
record TextLine(int page, String text, boolean nfc, float baseline, float left, float right, float size,
        boolean bold, boolean italic, List<Glyph> glyphs) {

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    float centre() {
        return (left + right) / 2;
    }

    float width() {
        return right - left;
    }

    /** Approximate top of the capitals; a tighter box than the ascent so that producers' line boxes do not matter. */
    float top() {
        return baseline - 0.7f * size;
    }

    float bottom() {
        return baseline + 0.22f * size;
    }

    boolean upper() {
        return Texts.isUpper(text);
    }
}
