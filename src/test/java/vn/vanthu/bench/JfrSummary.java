package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JFR side of {@link RenderProfile}: which events it records, and the tables it reads back from
 * the file (the same events {@code jfr print --events jdk.JavaMonitorEnter,jdk.ThreadPark …} lists).
 */
final class JfrSummary {

    /** Recorded render threads are named this plus the pipeline's index; nothing else is counted. */
    static final String THREAD_PREFIX = "render-";

    private JfrSummary() {
    }

    /** Every contended monitor enter, monitor wait and park, however short; allocation and CPU samples. */
    static Recording recording() {
        Recording r = new Recording();
        r.setName("vanthu render profile");
        for (String event : List.of("jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark")) {
            r.enable(event).withThreshold(Duration.ZERO).withStackTrace();
        }
        r.enable("jdk.ObjectAllocationSample").with("throttle", "500/s").withStackTrace();
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        r.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
        r.enable("jdk.GarbageCollection");
        return r;
    }

    /** The Markdown tables: waits per pipeline, the sites they happened at, CPU and allocation per pipeline. */
    static String tables(Path jfr, List<RenderProfile.Phase> phases) throws IOException {
        List<PhaseEvents> events = new ArrayList<>();
        phases.forEach(p -> events.add(new PhaseEvents()));
        double gcMs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getEventType().getName().equals("jdk.GarbageCollection")) {
                gcMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
            } else {
                int p = phase(e);
                if (p >= 0 && p < events.size()) {
                    events.get(p).add(e);
                }
            }
        }
        StringBuilder out = new StringBuilder("| Pipeline | Threads | renders | failed | renders/s | contended monitor"
                + " enters | monitor waits | parks | ms blocked, all three | JVM blocked count | MB allocated/render |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < phases.size(); i++) {
            RenderProfile.Phase ph = phases.get(i);
            PhaseEvents ev = events.get(i);
            out.append(f("| %s | %d | %d | %d | %.1f | %d | %d | %d | %.1f | %d | %.2f |%n", ph.pipeline(),
                    ph.threads(), ph.renders(), ph.failed(), ph.renders() * 1e9 / ph.nanos(), ev.enters, ev.waits,
                    ev.parks, ev.blockedMs, ph.blockedCount(), ph.allocatedBytes() / 1e6 / ph.renders()));
        }
        out.append(f("%nGC pauses during the recording: %.0f ms in all.%n%n", gcMs));
        out.append("| Pipeline | event | monitor or park class | where | count | ms |\n|---|---|---|---|---:|---:|\n");
        int sites = 0;
        for (int i = 0; i < phases.size(); i++) {
            String pipeline = phases.get(i).pipeline();
            for (var s : events.get(i).sites.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(10).toList()) {
                out.append(f("| %s | %s | %.0f | %.1f |%n", pipeline, s.getKey(), s.getValue()[0], s.getValue()[1]));
                sites++;
            }
        }
        if (sites == 0) {
            out.append("| (none) | | | | 0 | 0 |\n");
        }
        for (int i = 0; i < phases.size(); i++) {
            stages(out, phases.get(i).pipeline(), events.get(i));
        }
        return out.toString();
    }

    private static void stages(StringBuilder out, String pipeline, PhaseEvents ev) {
        out.append(f("%n%s — %d CPU samples (and %d in native code, mostly zlib):%n%n| Where | Share |%n|---|---:|%n",
                pipeline, ev.cpuSamples, ev.nativeSamples));
        long total = Math.max(1, ev.cpuSamples);
        for (String stage : PhaseEvents.STAGES.values()) {
            out.append(f("| %s | %.1f %% |%n", stage, 100.0 * ev.stages.getOrDefault(stage, 0L) / total));
        }
        out.append(f("| other | %.1f %% |%n%nTop allocation sites (share of sampled bytes):%n%n",
                100.0 * ev.stages.getOrDefault("other", 0L) / total));
        double bytes = ev.allocations.values().stream().mapToDouble(Double::doubleValue).sum();
        ev.allocations.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(a -> out.append(f("- %.1f %% %s%n", 100 * a.getValue() / bytes, a.getKey())));
    }

    private static int phase(RecordedEvent e) {
        String field = e.hasField("sampledThread") ? "sampledThread" : "eventThread";
        var thread = e.hasField(field) ? e.getThread(field) : null;
        String name = thread == null ? null : thread.getJavaName();
        if (name == null || !name.startsWith(THREAD_PREFIX)) {
            return -1;
        }
        String rest = name.substring(THREAD_PREFIX.length());
        return Integer.parseInt(rest.substring(0, rest.indexOf('-')));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
