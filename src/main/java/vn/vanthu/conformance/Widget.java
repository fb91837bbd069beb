package vn.vanthu.conformance;

import java.awt.Color;

/**
 * A form field's widget on a page: text field (number, day) or signature, whether it holds a value, its
 * rectangle in top-down points, and the dominant colour of the images its appearance draws (null if none).
 */
record Widget(int page, String type, String name, boolean filled, float left, float top, float right, float bottom,
        Color ink) {

    boolean text() {
        return "Tx".equals(type);
    }

    boolean signature() {
        return "Sig".equals(type);
    }

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    float centreX() {
        return (left + right) / 2;
    }

    float centreY() {
        return (top + bottom) / 2;
    }

    /** The glyph sits on a line inside this widget. */
    boolean covers(Glyph g) {
        return g.x() >= left - 0.5f && g.x() < right - 0.5f && g.baseline() >= top && g.baseline() <= bottom;
    }
}
