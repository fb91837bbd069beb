package vn.vanthu.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;

/** What JFR recorded on the render threads of one pipeline: waits by site, CPU samples by stage, allocation by site. */
final class PhaseEvents {

    /** Where CPU samples go: the first stage (in this order) with a frame on the sample's stack. */
    static final Map<String, String> STAGES = stages();

    long enters;
    long waits;
    long parks;
    double blockedMs;
    long cpuSamples;
    long nativeSamples;
    /** "event | monitor or park class | where" → {count, ms}. */
    final Map<String, double[]> sites = new LinkedHashMap<>();
    final Map<String, Long> stages = new HashMap<>();
    final Map<String, Double> allocations = new HashMap<>();

    void add(RecordedEvent e) {
        String type = e.getEventType().getName();
        switch (type) {
            case "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark" -> {
                double ms = e.getDuration().toNanos() / 1e6;
                enters += type.endsWith("Enter") ? 1 : 0;
                waits += type.endsWith("Wait") ? 1 : 0;
                parks += type.endsWith("Park") ? 1 : 0;
                blockedMs += ms;
                String what = className(e, type.endsWith("Park") ? "parkedClass" : "monitorClass");
                double[] site = sites.computeIfAbsent(type.substring(4) + " | " + what + " | " + where(e.getStackTrace()),
                        k -> new double[2]);
                site[0]++;
                site[1] += ms;
            }
            case "jdk.ExecutionSample" -> {
                cpuSamples++;
                stages.merge(stage(e.getStackTrace()), 1L, Long::sum);
            }
            case "jdk.NativeMethodSample" -> nativeSamples++;
            case "jdk.ObjectAllocationSample" -> allocations.merge(className(e, "objectClass") + " ← "
                    + where(e.getStackTrace()), (double) e.getLong("weight"), Double::sum);
            default -> {
            }
        }
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

    private static String stage(RecordedStackTrace stack) {
        if (stack == null) {
            return "other";
        }
        for (var stage : STAGES.entrySet()) {
            for (RecordedFrame frame : stack.getFrames()) {
                if ((frame.getMethod().getType().getName() + "." + frame.getMethod().getName()).startsWith(stage.getKey())) {
                    return stage.getValue();
                }
            }
        }
        return "other";
    }

    private static Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("vn.vanthu.rendering.DocumentRenderer.fo", "vanthu: validation, view model, Freemarker");
        stages.put("org.apache.fop.pdf.PDFResources.addFonts", "FOP embedding fonts (subsetting each again)");
        stages.put("org.apache.fop.pdf.PDFStream.streamHashCode", "FOP hashing each page's content (MD5)");
        stages.put("org.apache.fop.render.intermediate.IFRenderer.renderPage", "FOP painting pages");
        stages.put("org.apache.fop.pdf.PDFICCBasedColorSpace", "FOP reading the sRGB ICC profile");
        stages.put("org.apache.fop.render.intermediate.IFUtil.setupFonts", "font registration (vanthu: the fork)");
        stages.put("org.apache.fop.layoutmgr.PageSequenceLayoutManager.activateLayout", "FOP layout");
        stages.put("org.apache.fop.fo.FOTreeBuilder", "FOP FO tree");
        stages.put("org.apache.fop.render.pdf.PDFDocumentHandler.endDocument", "FOP trailer, XMP, xref");
        return stages;
    }
}
