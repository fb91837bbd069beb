package vn.vanthu.conformance;

/** An allowed size range in points; the ±0.25 pt tolerance of the spec (§17) is applied by {@link #holds}. */
record Range(float min, float max) {

    static final float TOLERANCE = 0.25f;

    static Range of(float min, float max) {
        return new Range(min, max);
    }

    static Range exactly(float size) {
        return new Range(size, size);
    }

    boolean holds(float size) {
        return size >= min - TOLERANCE && size <= max + TOLERANCE;
    }

    @Override
    public String toString() {
        return min == max ? Texts.fmt("%.0f pt", min) : Texts.fmt("%.0f–%.0f pt", min, max);
    }
}
