package vn.vanthu.bench;

import java.time.OffsetDateTime;
import java.util.List;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * Scale benchmark for the performance issue: render cost of a 1/10/100-page Báo cáo, and the RSS of a CLI
 * batch of 1,000 documents with the documented child JVM flags and then with JVM defaults, printed as Markdown.
 */
public final class ScaleBench {

    /** The flags of the documented CLI command: the batch needs about 25 MB of live heap. */
    private static final String DOCUMENTED_FLAGS = "-Xmx256m -XX:TieredStopAtLevel=1";

    private ScaleBench() {
    }

    /**
     * Runs both measurements; -Dscale.warmup (seconds, default 10), -Dscale.cli.jvm (child JVM flags, default
     * the flags of the documented batch command, {@code java -Xmx256m -XX:TieredStopAtLevel=1 -jar target/vanthu.jar
     * render …}; empty for JVM defaults).
     */
    public static void main(String[] args) throws Exception {
        long warmMillis = Long.getLong("scale.warmup", 10) * 1000;
        String childFlags = System.getProperty("scale.cli.jvm", DOCUMENTED_FLAGS).trim();
        System.out.printf("# vanthu scale bench %s%n%n- cores %d, RAM %.1f GiB, load %s%n- %s%n", OffsetDateTime.now(),
                Runtime.getRuntime().availableProcessors(), Machine.ramGiB(), Machine.loadAverage(), Machine.jvm());
        Machine.quietLogging();

        List<PageScaling.Timing> timings;
        try {
            timings = PageScaling.measure(DocumentRenderer.create(), warmMillis);
        } catch (InvalidDispatch e) {
            System.out.println("\nThe validator rejected the generated report:\n");
            e.problems().forEach(p -> System.out.println("- " + p.field() + ": " + p.message()));
            System.exit(1);
            return;
        }
        PageScaling.print(timings);
        System.out.printf("%n- load after part 1: %s%n", Machine.loadAverage());

        List<String> flags = childFlags.isEmpty() ? List.of() : List.of(childFlags.split("\\s+"));
        BatchReport.run(flags, false);
        // Without -Xmx, G1 sizes the heap from physical RAM (about 600 MB RSS on a 24 GiB machine for ~25 MB live),
        // so the defaults run shows what leaving the flag out costs; skipped when the first run already was that.
        if (!flags.isEmpty()) {
            BatchReport.run(List.of(), true);
        }
        System.out.printf("%n- load at the end: %s%n", Machine.loadAverage());
    }
}
