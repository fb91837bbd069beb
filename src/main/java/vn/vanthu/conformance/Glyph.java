package vn.vanthu.conformance;

/** One shown glyph in top-down page coordinates (points): left x, baseline y, advance width, rendered size. */
record Glyph(String text, float x, float baseline, float width, float size, Face face) {

    Glyph {
        text = text == null ? "\uFFFD" : text;
    }

    float right() {
        return x + width;
    }

    boolean blank() {
        return text.isBlank();
    }
}
