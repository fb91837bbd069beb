package vn.vanthu.conformance;

import java.util.Locale;

/** Formats a {@link Report} as plain text for a terminal: one line per rule and a summary line. */
public final class ReportText {

    private ReportText() {
    }

    /** The report as lines "STATUS  RULE-ID  clause  measured (expected …) [p. N]" followed by the counts. */
    public static String format(Report report) {
        StringBuilder out = new StringBuilder(report.source()).append('\n');
        int idWidth = report.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(10);
        int clauseWidth = report.findings().stream().mapToInt(f -> f.clause().length()).max().orElse(10);
        for (Finding f : report.findings()) {
            out.append(String.format(Locale.ROOT, "%-4s  %-" + idWidth + "s  %-" + clauseWidth + "s  %s (expected %s)",
                    f.status(), f.ruleId(), f.clause(), f.measured(), f.expected()));
            if (f.page() > 0) {
                out.append(" [p. ").append(f.page()).append(']');
            }
            out.append('\n');
        }
        return out.append(summary(report)).append('\n').toString();
    }

    /** "N passed, N failed, N warnings" (skipped rules are counted only when there are any). */
    public static String summary(Report report) {
        long pass = count(report, Finding.Status.PASS);
        long fail = count(report, Finding.Status.FAIL);
        long warn = count(report, Finding.Status.WARN);
        long skip = count(report, Finding.Status.SKIP);
        String text = String.format(Locale.ROOT, "%d passed, %d failed, %d warnings", pass, fail, warn);
        return skip > 0 ? text + String.format(Locale.ROOT, ", %d skipped", skip) : text;
    }

    private static long count(Report report, Finding.Status status) {
        return report.findings().stream().filter(f -> f.status() == status).count();
    }
}
