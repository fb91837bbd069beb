package vn.vanthu.conformance;

/** Reads any PDF and checks the Decree 30 (or Party) rules it can see; thread-safe. */
public final class ConformanceChecker {

    /** Checks one PDF; {@code source} names it in the report. */
    public Report check(byte[] pdf, String source) {
        throw new UnsupportedOperationException("being written");
    }
}
