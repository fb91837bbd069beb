package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JFR side of {@link RenderProfile}: which events it records, and the tables it reads back from
 * the file (the same events {@code jfr print --events jdk.JavaMonitorEnter,jdk.ThreadPark …} lists).
 */
final class JfrSummary {

    /** Recorded render threads are named this plus the pipeline's index; nothing else is counted. */
    static final String THREAD_PREFIX = "render-";

    /** Where CPU samples go: the first group (in this order) with a frame on the sample's stack. */
    private static final Map<String, String> CPU_GROUPS = cpuGroups();

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
        int n = phases.size();
        long[] enters = new long[n];
        long[] waits = new long[n];
        long[] parks = new long[n];
        double[] blockedMs = new double[n];
        long[] cpuSamples = new long[n];
        long[] nativeSamples = new long[n];
        Map<String, double[]> sites = new LinkedHashMap<>();
        List<Map<String, Long>> cpu = new java.util.ArrayList<>();
        List<Map<String, Double>> alloc = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            cpu.add(new LinkedHashMap<>());
            alloc.add(new HashMap<>());
        }
        double gcMs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                continue;
            }
            int p = phase(e, type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample")
                    ? "sampledThread" : "eventThread");
            if (p < 0 || p >= n) {
                continue;
            }
            double ms = e.getDuration().toNanos() / 1e6;
            switch (type) {
                case "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark" -> {
                    if (type.endsWith("Enter")) {
                        enters[p]++;
                    } else if (type.endsWith("Wait")) {
                        waits[p]++;
                    } else {
                        parks[p]++;
                    }
                    blockedMs[p] += ms;
                    String what = type.endsWith("Park") ? className(e, "parkedClass") : className(e, "monitorClass");
                    String key = phases.get(p).pipeline() + " | " + type.substring(4) + " | " + what + " | "
                            + where(e.getStackTrace());
                    double[] site = sites.computeIfAbsent(key, k -> new double[2]);
                    site[0]++;
                    site[1] += ms;
                }
                case "jdk.ExecutionSample" -> {
                    cpuSamples[p]++;
                    cpu.get(p).merge(cpuGroup(e.getStackTrace()), 1L, Long::sum);
                }
                case "jdk.NativeMethodSample" -> nativeSamples[p]++;
                case "jdk.ObjectAllocationSample" -> alloc.get(p).merge(className(e, "objectClass") + " ← "
                        + where(e.getStackTrace()), (double) e.getLong("weight"), Double::sum);
                default -> {
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| Pipeline | Threads | renders | failed | renders/s | contended monitor enters | monitor waits"
                + " | parks | ms blocked, all three | JVM blocked count | MB allocated/render |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < n; i++) {
            RenderProfile.Phase ph = phases.get(i);
            out.append(f("| %s | %d | %d | %d | %.1f | %d | %d | %d | %.1f | %d | %.2f |%n", ph.pipeline(),
                    ph.threads(), ph.renders(), ph.failed(), ph.renders() * 1e9 / ph.nanos(), enters[i], waits[i], parks[i], blockedMs[i],
                    ph.blockedCount(), ph.allocatedBytes() / 1e6 / ph.renders()));
        }
        out.append(f("%nGC pauses during the recording: %.0f ms in all.%n%n", gcMs));
        out.append("| Pipeline | event | monitor or park class | where | count | ms |\n|---|---|---|---|---:|---:|\n");
        sites.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                .forEach(s -> out.append(f("| %s | %.0f | %.1f |%n", s.getKey(), s.getValue()[0], s.getValue()[1])));
        if (sites.isEmpty()) {
            out.append("| (none) | | | | 0 | 0 |\n");
        }
        for (int i = 0; i < n; i++) {
            out.append(f("%n%s — CPU samples %d (plus %d in native code, mostly zlib):%n%n| Where | Share |%n"
                    + "|---|---:|%n", phases.get(i).pipeline(), cpuSamples[i], nativeSamples[i]));
            long total = Math.max(1, cpuSamples[i]);
            for (String group : CPU_GROUPS.values().stream().distinct().toList()) {
                out.append(f("| %s | %.1f %% |%n", group, 100.0 * cpu.get(i).getOrDefault(group, 0L) / total));
            }
            out.append(f("| other | %.1f %% |%n", 100.0 * cpu.get(i).getOrDefault("other", 0L) / total));
            double bytes = alloc.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
            out.append("\nTop allocation sites (share of sampled bytes):\n\n");
            alloc.get(i).entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                    .forEach(a -> out.append(f("- %.1f %% %s%n", 100 * a.getValue() / bytes, a.getKey())));
        }
        return out.toString();
    }

    private static int phase(RecordedEvent e, String field) {
        var thread = e.hasField(field) ? e.getThread(field) : null;
        String name = thread == null ? null : thread.getJavaName();
        if (name == null || !name.startsWith(THREAD_PREFIX)) {
            return -1;
        }
        String rest = name.substring(THREAD_PREFIX.length());
        return Integer.parseInt(rest.substring(0, rest.indexOf('-')));
    }

    private static String className(RecordedEvent e, String field) {
        var type = e.hasField(field) ? e.getClass(field) : null;
        return type == null ? "?" : type.getName();
    }

    /** The top frame and the first frame of FOP or vanthu below it: the lock's owner and who took it. */
    private static String where(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        List<RecordedFrame> frames = stack.getFrames();
        String top = frame(frames.get(0));
        for (RecordedFrame frame : frames.subList(1, frames.size())) {
            String name = frame.getMethod().getType().getName();
            if (name.startsWith("org.apache.") || name.startsWith("vn.vanthu.")) {
                return top + " ← " + frame(frame);
            }
        }
        return top;
    }

    private static String frame(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + ":" + frame.getLineNumber();
    }

    private static String cpuGroup(RecordedStackTrace stack) {
        if (stack == null) {
            return "other";
        }
        for (var group : CPU_GROUPS.entrySet()) {
            for (RecordedFrame frame : stack.getFrames()) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (method.startsWith(group.getKey())) {
                    return group.getValue();
                }
            }
        }
        return "other";
    }

    private static Map<String, String> cpuGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("vn.vanthu.rendering.DocumentRenderer.fo", "vanthu: validation, view model, Freemarker");
        groups.put("org.apache.fop.pdf.PDFResources.addFonts", "FOP embedding fonts (subsetting)");
        groups.put("org.apache.fop.render.intermediate.IFRenderer.renderPage", "FOP painting pages");
        groups.put("org.apache.fop.pdf.PDFICCBasedColorSpace", "FOP sRGB ICC profile per document");
        groups.put("org.apache.fop.render.intermediate.IFUtil.setupFonts", "font registration (and vanthu's fork)");
        groups.put("org.apache.fop.layoutmgr.PageSequenceLayoutManager.activateLayout", "FOP layout");
        groups.put("org.apache.fop.fo.FOTreeBuilder", "FOP FO tree");
        groups.put("org.apache.fop.render.pdf.PDFDocumentHandler.endDocument", "FOP trailer, XMP, xref");
        return groups;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
