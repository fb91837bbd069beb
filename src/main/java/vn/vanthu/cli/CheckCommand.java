package vn.vanthu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;

/** "vanthu check": checks PDFs against the Decree 30 (or Party) presentation rules and prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Kiểm tra thể thức của tệp PDF theo Nghị định 30 (hoặc Hướng dẫn 36 của Đảng).",
            "Checks each PDF and prints what passed and what failed."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "tệp PDF cần kiểm tra")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "chỉ in các lỗi / print failures only")
    boolean quiet;

    @Option(names = "--awaiting-number", description = "bản trình ký: số và ngày còn để trống cho văn thư"
            + " / a copy presented for signature, number and day still blank")
    boolean awaitingNumber;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "ngôn ngữ của báo cáo (mặc định: tiếng Việt) / report language (default: Vietnamese)")
    Lang lang;

    /** The languages the report is printed in. */
    enum Lang { vi, en }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ConformanceChecker checker = new ConformanceChecker();
        int code = ExitCodes.OK;
        for (Path file : files) {
            try {
                byte[] pdf = Files.readAllBytes(file);
                Report report = awaitingNumber ? checker.checkAwaitingNumber(pdf, file.toString())
                        : checker.check(pdf, file.toString());
                if (unreadable(report)) {
                    err.println(file + ": không đọc được tệp PDF này (tệp hỏng hoặc không phải PDF)");
                    code = ExitCodes.worst(code, ExitCodes.FAILED);
                    continue;
                }
                print(report, out);
                code = ExitCodes.worst(code, report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED);
            } catch (IOException e) {
                err.println(file + ": không đọc được tệp: " + Messages.of(e));
                code = ExitCodes.worst(code, ExitCodes.FAILED);
            } catch (RuntimeException e) {
                err.println(file + ": không kiểm tra được tệp này (có phải tệp PDF?): " + Messages.of(e));
                code = ExitCodes.worst(code, ExitCodes.FAILED);
            }
            err.flush();
        }
        return code;
    }

    private String text(Report report) {
        return lang == Lang.en ? ReportText.format(report) : ReportText.vietnamese(report);
    }

    // The checker reports a file it cannot parse as a failed rule; for the clerk that is a file error, not a
    // document breaking the decree.
    private static boolean unreadable(Report report) {
        return report.failures().stream().anyMatch(f -> f.ruleId().equals("PDF-READ"));
    }

    // --quiet shows a failing file's failures only, but still with the counts of the whole report.
    private void print(Report report, java.io.PrintWriter out) {
        if (!quiet) {
            out.print(text(report));
        } else if (!report.passed()) {
            String failures = text(new Report(report.source(), report.failures()));
            String withoutCounts = failures.substring(0, failures.stripTrailing().lastIndexOf('\n') + 1);
            out.print(withoutCounts + (lang == Lang.en ? ReportText.summary(report) : ReportText.summaryVi(report))
                    + "\n");
        }
        out.flush();
    }
}
