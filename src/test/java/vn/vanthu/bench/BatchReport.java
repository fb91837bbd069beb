package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.vanthu.platform.TemporaryDirectories;

/** Part 2 of the scale bench: 1,000 copies of the examples through one CLI process, printed as Markdown. */
final class BatchReport {

    private static final int BATCH = 1000;
    private static final double RSS_TARGET_MIB = 512;

    private BatchReport() {
    }

    /**
     * Runs the batch in fresh temporary directories with the given child JVM flags and prints its table;
     * {@code comparison} marks the JVM-defaults run that follows the documented flags in the heading.
     */
    static void run(List<String> flags, boolean comparison) throws IOException, InterruptedException {
        Path in = Files.createTempDirectory("vanthu-scale-in-");
        Path out = Files.createTempDirectory("vanthu-scale-out-");
        try {
            List<Path> examples;
            try (Stream<Path> listing = Files.list(Path.of("examples"))) {
                examples = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            CliBatch.Result r = CliBatch.run(flags, CliBatch.copies(examples, BATCH, in), out);
            print(r, examples.size(), comparison);
        } finally {
            TemporaryDirectories.delete(in);
            TemporaryDirectories.delete(out);
        }
    }

    private static void print(CliBatch.Result r, int examples, boolean comparison) {
        String flags = !r.jvmFlags().isEmpty() ? String.join(" ", r.jvmFlags())
                : comparison ? "none (JVM defaults, for comparison)" : "none (JVM defaults)";
        System.out.printf("%n## 2. CLI batch of %d documents, child JVM flags: %s%n%n"
                + "%d copies of the %d examples/*.yaml, one `vanthu render … -o DIR` process; RSS read from"
                + " /proc/<pid>/status when each progress line arrived.%n%n"
                + "| docs done | docs/s (printed, cumulative) | docs/s in this interval | RSS MiB | s since start |%n"
                + "|---:|---:|---:|---:|---:|%n", BATCH, flags, BATCH, examples);
        // The CLI prints a cumulative rate; the interval rate shows whether later documents cost more than earlier.
        CliBatch.Progress previous = new CliBatch.Progress(0, 0, 0, 0);
        for (CliBatch.Progress p : r.progress()) {
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f%s | %.0f | %.1f |%n", p.done(), p.docsPerSecond(),
                    (p.done() - previous.done()) / (p.atSeconds() - previous.atSeconds()),
                    previous.done() == 0 ? " (incl. JVM start)" : "", p.rssMiB(), p.atSeconds());
            previous = p;
        }
        double at100 = rssAt(r, 100);
        double at1000 = rssAt(r, BATCH);
        double maxAfter100 = r.progress().stream().filter(p -> p.done() >= 100).mapToDouble(CliBatch.Progress::rssMiB)
                .max().orElse(Double.NaN);
        double peak = Math.max(r.peakRssMiB(), r.peakHwmMiB());
        System.out.printf(Locale.ROOT, "%n- peak RSS %.0f MiB (100 ms samples: %.0f MiB; kernel VmHWM: %.0f MiB)%n"
                + "- RSS at 100 docs %.0f MiB, at %d docs %.0f MiB (growth %+.0f MiB; max between them %.0f MiB)%n"
                + "- wall %.1f s (JVM start-up included), overall %.1f docs/s%n"
                + "- exit code %d, PDFs written %d, stdout lines %d%n"
                + "- target RSS ≤ %.0f MiB from the 100th to the %dth document: %s%n", peak, r.peakRssMiB(),
                r.peakHwmMiB(), at100, BATCH, at1000, at1000 - at100, maxAfter100, r.wallSeconds(),
                BATCH / r.wallSeconds(), r.exitCode(), r.pdfs(), r.stdoutLines(), RSS_TARGET_MIB, BATCH,
                maxAfter100 <= RSS_TARGET_MIB ? "met" : "NOT met");
        if (!r.otherStderr().isEmpty()) {
            System.out.printf("- other stderr lines (%d), first ones:%n", r.otherStderr().size());
            r.otherStderr().stream().limit(10).forEach(l -> System.out.println("  - `" + l + "`"));
        }
    }

    private static double rssAt(CliBatch.Result r, int done) {
        return r.progress().stream().filter(p -> p.done() == done).mapToDouble(CliBatch.Progress::rssMiB).findFirst()
                .orElse(Double.NaN);
    }
}
