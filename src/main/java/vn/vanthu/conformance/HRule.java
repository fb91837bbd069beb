package vn.vanthu.conformance;

/** A horizontal rule on a page (top-down points): a stroked segment, a thin filled rectangle or an underscore run. */
record HRule(float x1, float x2, float y) {

    HRule {
        if (x2 < x1) {
            float t = x1;
            x1 = x2;
            x2 = t;
        }
    }

    float width() {
        return x2 - x1;
    }

    float centre() {
        return (x1 + x2) / 2;
    }
}
