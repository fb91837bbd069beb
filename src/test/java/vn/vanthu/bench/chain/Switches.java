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
 * The bench's two switches and its clocks. With renders skipped, the chain's renderer hands back a PDF it
 * rendered earlier for the same kind of document; with signatures skipped, signing hands back a PDF signed
 * earlier by the same signer or sealed by the same agency. The stand-ins are real outputs of the same step, so
 * storing, checking and sending them costs what it costs in the product; only the skipped work is missing.
 * Renders, checks and signatures are timed per thread: a chain runs on one thread, its jobs included, so the
 * driver reads each step's own costs.
 */
final class Switches {

    /** What the clocks time: slots of {@link #mine()}, in nanoseconds, then the number of renders. */
    static final int RENDER = 0;
    static final int CHECK = 1;
    static final int SIGN = 2;
    static final int RENDERS = 3;

    private volatile boolean skipRenders;
    private volatile boolean skipSignatures;
    private final Map<String, byte[]> canned = new ConcurrentHashMap<>();
    private final LongAdder misses = new LongAdder();
    /** Every check's time, on whatever thread it ran: the product checks a stored version after its commit. */
    private final LongAdder checks = new LongAdder();
    private final ThreadLocal<long[]> clocks = ThreadLocal.withInitial(() -> new long[4]);

    void skip(boolean renders, boolean signatures) {
        skipRenders = renders;
        skipSignatures = signatures;
    }

    /** The calling thread's clocks so far (a copy). */
    long[] mine() {
        return clocks.get().clone();
    }

    /** The time of every check so far, in nanoseconds, on any thread (the chain's own or a late-check worker). */
    long checkNanos() {
        return checks.sum();
    }

    /** How many stand-ins had to be made for real: kinds of document or signature met. */
    long misses() {
        return misses.sum();
    }

    /** The stand-in renderer's answer: render() and renderTable() are timed and may be skipped. */
    Answer<Object> renderer(Object real) {
        return inv -> switch (inv.getMethod().getName()) {
            case "render", "renderTable" -> timed(RENDER, () -> skipRenders
                    ? canned(renderKey(inv), real, inv) : invoke(real, inv));
            default -> invoke(real, inv);
        };
    }

    /** The timing conformance checker's answer: every check goes to the real checker. */
    Answer<Object> checker(Object real) {
        return inv -> inv.getMethod().getName().startsWith("check")
                ? timed(CHECK, () -> invoke(real, inv)) : invoke(real, inv);
    }

    /** The stand-in signing's answer: the signer's signature and the seal are timed and may be skipped. */
    Answer<Object> signing(Object real) {
        return inv -> switch (inv.getMethod().getName()) {
            // keyed by the signer's user id or the issuing agency: the second argument of both
            case "signAsSigner", "issue" -> timed(SIGN, () -> skipSignatures
                    ? canned(inv.getMethod().getName() + "|" + inv.getArguments()[1], real, inv) : invoke(real, inv));
            default -> invoke(real, inv);
        };
    }

    /** One stand-in per kind of stored version: draft or not, main text or submission letter, signer, numbered. */
    private static String renderKey(InvocationOnMock inv) {
        if (inv.getArguments()[0] instanceof Dispatch d) {
            Mode mode = (Mode) inv.getArguments()[1];
            return mode + "|" + d.type() + "|" + d.summary() + "|"
                    + (d.signature() == null ? "" : d.signature().name()) + "|" + (d.number() != null);
        }
        return "table|" + ((TableReport) inv.getArguments()[0]).title();
    }

    private Object canned(String key, Object real, InvocationOnMock inv) throws Throwable {
        byte[] pdf = canned.get(key);
        if (pdf == null) {
            misses.increment();
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

    private Object timed(int clock, Call call) throws Throwable {
        long t0 = System.nanoTime();
        try {
            return call.run();
        } finally {
            long[] mine = clocks.get();
            long took = System.nanoTime() - t0;
            mine[clock] += took;
            if (clock == CHECK) {
                checks.add(took);
            }
            if (clock == RENDER) {
                mine[RENDERS]++;
            }
        }
    }
}
