package vn.vanthu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.document.Dispatch;
import vn.vanthu.rendering.DocumentRenderer;

/** Part 1 of the scale bench: render cost of a 1/10/100-page Báo cáo on one thread, checked and printed. */
final class PageScaling {

    /** A report size: the page count aimed at and how many timed renders it gets. */
    record Size(int targetPages, int runs) {
    }

    /** A size once calibrated and timed. */
    record Timing(Size size, int sections, int pages, int pdfBytes, double medianMs, double minMs,
            double medianCpuMs, Report conformance) {

        double msPerPage() {
            return medianMs / pages;
        }
    }

    private static final List<Size> SIZES = List.of(new Size(1, 50), new Size(10, 20), new Size(100, 5));

    private PageScaling() {
    }

    /** Calibrates the section count per size, warms up, then times the sizes interleaved. */
    static List<Timing> measure(DocumentRenderer renderer, long warmMillis) {
        // Pages per section from 1 and 10 sections; the first page's header and the closing block are fixed.
        int pagesOne = Machine.pages(render(renderer, LongReport.withSections(1)));
        int pagesTen = Machine.pages(render(renderer, LongReport.withSections(10)));
        double perSection = Math.max(0.1, (pagesTen - pagesOne) / 9.0);
        List<Dispatch> inputs = new ArrayList<>();
        List<Integer> sections = new ArrayList<>();
        for (Size size : SIZES) {
            int n = Math.max(1, (int) Math.round(1 + (size.targetPages() - pagesOne) / perSection));
            sections.add(n);
            inputs.add(LongReport.withSections(n));
        }

        long warmEnd = System.nanoTime() + warmMillis * 1_000_000;
        do {
            inputs.forEach(d -> render(renderer, d));
        } while (System.nanoTime() < warmEnd);

        // Sizes are interleaved round by round, so a burst of load from the other benchmark hits every size alike.
        int rounds = SIZES.stream().mapToInt(Size::runs).min().orElse(1);
        long[][] nanos = new long[SIZES.size()][];
        long[][] cpuNanos = new long[SIZES.size()][];
        for (int i = 0; i < SIZES.size(); i++) {
            nanos[i] = new long[SIZES.get(i).runs()];
            cpuNanos[i] = new long[SIZES.get(i).runs()];
        }
        // CPU time of the rendering thread hardly depends on how busy the other cores are, wall time does.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] filled = new int[SIZES.size()];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < SIZES.size(); i++) {
                int share = SIZES.get(i).runs() / rounds + (r < SIZES.get(i).runs() % rounds ? 1 : 0);
                for (int k = 0; k < share; k++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    render(renderer, inputs.get(i));
                    nanos[i][filled[i]] = System.nanoTime() - t0;
                    cpuNanos[i][filled[i]++] = threads.getCurrentThreadCpuTime() - cpu0;
                }
            }
        }

        ConformanceChecker checker = new ConformanceChecker();
        List<Timing> out = new ArrayList<>();
        for (int i = 0; i < SIZES.size(); i++) {
            byte[] pdf = render(renderer, inputs.get(i));
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            long[] cpu = cpuNanos[i].clone();
            Arrays.sort(cpu);
            out.add(new Timing(SIZES.get(i), sections.get(i), Machine.pages(pdf), pdf.length,
                    sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, cpu[cpu.length / 2] / 1e6,
                    checker.check(pdf, SIZES.get(i).targetPages() + "-page report")));
        }
        return out;
    }

    /** Prints the timings as the Markdown table of part 1, the ms/page ratios and any conformance failures. */
    static void print(List<Timing> timings) {
        System.out.printf("%n## 1. Cost linear in pages (Báo cáo with tables, one thread)%n%n"
                + "| target | sections | pages | runs | median ms | min ms | thread CPU ms (median) | ms/page (median)"
                + " | ms/page (min) | CPU ms/page | PDF KiB | conformance |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|%n");
        for (Timing t : timings) {
            System.out.printf(Locale.ROOT, "| ~%d | %d | %d | %d | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %.0f | %s |%n",
                    t.size().targetPages(), t.sections(), t.pages(), t.size().runs(), t.medianMs(), t.minMs(),
                    t.medianCpuMs(), t.msPerPage(), t.minMs() / t.pages(), t.medianCpuMs() / t.pages(),
                    t.pdfBytes() / 1024.0, verdict(t.conformance()));
        }
        Timing one = timings.get(0);
        Timing ten = timings.get(1);
        Timing hundred = timings.get(2);
        // The min ratio is printed too: on a shared machine the minimum is the least disturbed run.
        System.out.printf(Locale.ROOT, "%n- ms/page ratio 100-page ÷ 10-page: %.2f (on min: %.2f); 10-page ÷ 1-page:"
                + " %.2f (on min: %.2f) (1.0 = linear; < 1 = fixed cost amortised; > 1 = super-linear)%n",
                hundred.msPerPage() / ten.msPerPage(), hundred.minMs() / hundred.pages() / (ten.minMs() / ten.pages()),
                ten.msPerPage() / one.msPerPage(), ten.minMs() / ten.pages() / (one.minMs() / one.pages()));
        System.out.printf(Locale.ROOT, "- CPU ms/page ratio 100-page ÷ 10-page: %.2f; 10-page ÷ 1-page: %.2f%n",
                hundred.medianCpuMs() / hundred.pages() / (ten.medianCpuMs() / ten.pages()),
                ten.medianCpuMs() / ten.pages() / (one.medianCpuMs() / one.pages()));
        System.out.printf(Locale.ROOT, "- target: 100-page report ≤ 1500 ms: median %.0f ms (min %.0f, thread CPU %.0f)"
                + " for %d pages → %s%n", hundred.medianMs(), hundred.minMs(), hundred.medianCpuMs(), hundred.pages(),
                hundred.medianMs() <= 1500 ? "met" : "NOT met on the median");
        for (Timing t : timings) {
            t.conformance().failures().forEach(f -> System.out.printf("- %d pages: FAIL %s (%s) measured %s,"
                    + " expected %s, page %d%n", t.pages(), f.ruleId(), f.clause(), f.measured(), f.expected(),
                    f.page()));
        }
    }

    private static String verdict(Report report) {
        List<String> failed = report.failures().stream().map(f -> f.ruleId()).distinct().collect(Collectors.toList());
        return failed.isEmpty() ? "passed" : "FAILED: " + String.join(", ", failed);
    }

    private static byte[] render(DocumentRenderer renderer, Dispatch d) {
        return renderer.render(d, d.mode());
    }
}
