package vn.vanthu.conformance;

import java.util.Locale;

/**
 * Formats a {@link Report} as plain text for a terminal, one line per rule and a summary line: in Vietnamese
 * (the default, each rule by its Vietnamese title) or in English, as the user chose.
 */
public final class ReportText {

    private ReportText() {
    }

    /** The report in Vietnamese: "KHÔNG ĐẠT  Cỡ chữ Quốc hiệu (ND30-QH-SIZE, PL I, II.1.a): đo được …; yêu cầu …". */
    public static String vietnamese(Report report) {
        StringBuilder out = new StringBuilder(report.source()).append('\n');
        for (Finding f : report.findings()) {
            out.append(String.format(Locale.ROOT, "%-9s  %s (%s, %s): %s; yêu cầu: %s", status(f.status()),
                    RuleTitles.vi(f.ruleId()), f.ruleId(), f.clause(), f.measured(), f.expected()));
            if (f.page() > 0) {
                out.append(" [trang ").append(f.page()).append(']');
            }
            out.append('\n');
        }
        return out.append(summaryVi(report)).append('\n').toString();
    }

    /** "N đạt, N không đạt, N lưu ý" (rules not applicable counted when there are any). */
    public static String summaryVi(Report report) {
        String text = String.format(Locale.ROOT, "%d đạt, %d không đạt, %d lưu ý", count(report, Finding.Status.PASS),
                count(report, Finding.Status.FAIL), count(report, Finding.Status.WARN));
        long skip = count(report, Finding.Status.SKIP);
        return skip > 0 ? text + String.format(Locale.ROOT, ", %d bỏ qua", skip) : text;
    }

    private static String status(Finding.Status status) {
        return switch (status) {
            case PASS -> "ĐẠT";
            case FAIL -> "KHÔNG ĐẠT";
            case WARN -> "LƯU Ý";
            case SKIP -> "BỎ QUA";
        };
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
