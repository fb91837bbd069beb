package vn.vanthu.bench;

import java.util.Locale;

/**
 * Issue 14's goals read off one run, one row per document: on 2 threads vanthu ≥ 2× bare FOP at its
 * defaults and ≥ 1.3× with complex scripts off, and from 1 to 2 threads a gain at least the peers'.
 */
final class Goals {

    private final StringBuilder out = new StringBuilder("""
            | Document | ÷ bare FOP, 2 threads (goal ≥ 2) | ÷ complex scripts off, 2 threads (goal ≥ 1.3) \
            | 1→2 threads: vanthu | bare FOP | complex scripts off (goal: vanthu ≥ both) | failed calls, all rows \
            | thread CPU, 2 threads: bare FOP ÷ vanthu | complex scripts off ÷ vanthu |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|
            """);

    /** Adds a document's row from its cells: [1 thread, 2 threads] for vanthu, bare FOP and FOP with complex scripts off. */
    void row(String doc, Stats[] vanthu, Stats[] fop, Stats[] tuned) {
        long failed = 0;
        for (Stats[] pipeline : new Stats[][] {vanthu, fop, tuned}) {
            failed += pipeline[0].failures() + pipeline[1].failures();
        }
        // each verdict reads the figure as printed (2 decimals), so "1.30" is never marked as missing 1.3
        double gain = round(gain(vanthu));
        out.append(String.format(Locale.ROOT, "| %s | %.2f %s | %.2f %s | %.2f %s | %.2f | %.2f | %d %s | %.2f | %.2f |%n",
                doc, ratio(vanthu, fop), mark(round(ratio(vanthu, fop)) >= 2.0), ratio(vanthu, tuned),
                mark(round(ratio(vanthu, tuned)) >= 1.3), gain,
                mark(gain >= round(gain(fop)) && gain >= round(gain(tuned))), gain(fop),
                gain(tuned), failed, mark(failed == 0), fop[1].threadCpuMsPerOp() / vanthu[1].threadCpuMsPerOp(),
                tuned[1].threadCpuMsPerOp() / vanthu[1].threadCpuMsPerOp()));
    }

    private static double ratio(Stats[] a, Stats[] b) {
        return a[1].perSecond() / b[1].perSecond();
    }

    private static double gain(Stats[] pipeline) {
        return pipeline[1].perSecond() / pipeline[0].perSecond();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String mark(boolean met) {
        return met ? "(met)" : "(missed)";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
