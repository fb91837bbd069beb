package vn.vanthu.bench.chain;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.TableReport;

/**
 * Decides, per call, whether the chain's {@code DocumentRenderer} really renders (mode a) or hands back a PDF
 * it rendered earlier for the same kind of document (mode b), and times both the renders and the conformance
 * checks the chain runs on them. The stand-ins are real PDFs of the same document, so storing and checking
 * them costs what it costs in the product; only FOP, Freemarker and the PDF/A fix are skipped.
 */
final class RenderSwitch {

    private volatile boolean skip;
    private final Map<String, byte[]> canned = new ConcurrentHashMap<>();
    private final LongAdder renderNanos = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final LongAdder checkNanos = new LongAdder();
    private final LongAdder checks = new LongAdder();
    private final LongAdder cannedMisses = new LongAdder();

    void skipRendering(boolean skip) {
        this.skip = skip;
    }

    /** The answer of the stand-in renderer: render() and renderTable() go through here, the rest to the real one. */
    Answer<Object> renderer(Object real) {
        return inv -> switch (inv.getMethod().getName()) {
            case "render", "renderTable" -> timed(renderNanos, renders, () -> skip ? canned(inv, real) : invoke(real, inv));
            default -> invoke(real, inv);
        };
    }

    /** The answer of the timing conformance checker: every call goes to the real one. */
    Answer<Object> checker(Object real) {
        return inv -> inv.getMethod().getName().equals("check")
                ? timed(checkNanos, checks, () -> invoke(real, inv)) : invoke(real, inv);
    }

    /** Renderer and checker figures so far: render ns, renders, check ns, checks. */
    long[] snapshot() {
        return new long[] {renderNanos.sum(), renders.sum(), checkNanos.sum(), checks.sum()};
    }

    /** How many stand-in PDFs had to be rendered for real (kinds of document met). */
    long cannedMisses() {
        return cannedMisses.sum();
    }

    private Object canned(InvocationOnMock inv, Object real) throws Throwable {
        String key;
        if (inv.getArguments()[0] instanceof Dispatch d) {
            // one stand-in per kind of stored version: draft or final, main text or submission, signed or not
            Mode mode = (Mode) inv.getArguments()[1];
            key = mode + "|" + d.type() + "|" + d.summary() + "|" + (d.signature() == null ? "" : d.signature().name())
                    + "|" + (d.number() != null);
        } else {
            key = "table|" + ((TableReport) inv.getArguments()[0]).title();
        }
        byte[] pdf = canned.get(key);
        if (pdf == null) {
            cannedMisses.increment();
            pdf = (byte[]) invoke(real, inv);
            canned.putIfAbsent(key, pdf);
        }
        return pdf;
    }

    private static Object invoke(Object real, InvocationOnMock inv) throws Throwable {
        try {
            return inv.getMethod().invoke(real, inv.getArguments());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private static Object timed(LongAdder nanos, LongAdder count, Call call) throws Throwable {
        long t0 = System.nanoTime();
        try {
            return call.run();
        } finally {
            nanos.add(System.nanoTime() - t0);
            count.increment();
        }
    }
}
