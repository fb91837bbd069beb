package vn.vanthu.rendering;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * The budget of one render, checked where FOP calls back into vanthu while it works: every FO element
 * and text chunk it reads, every character it measures or paints, every page. FOP cannot be stopped
 * from outside without leaving its state undefined, so a render over budget stops itself here.
 */
final class RenderMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Units of work (characters, elements) between two looks at the clock and the allocation counter. */
    private static final int WORK_PER_CHECK = 2048;

    private final RenderBudget budget;
    private final long deadline;
    private final Thread thread = Thread.currentThread();
    private final long allocationLimit;
    private int work;

    /** Starts metering on the calling thread, with the clock started at {@code startNanos} (System.nanoTime). */
    RenderMeter(RenderBudget budget, long startNanos) {
        this.budget = budget;
        this.deadline = startNanos + budget.time().toNanos();
        long allocated = allocated();
        this.allocationLimit = allocated < 0 ? Long.MAX_VALUE : allocated + budget.megabytes() * 1024 * 1024;
    }

    /** Counts work done on the rendering thread; every few thousand units, checks the budget. */
    void count(int units) {
        work += units;
        if (work >= WORK_PER_CHECK) {
            work = 0;
            check();
        }
    }

    /** Stops the render (see {@link Stop}) if it is over its time or memory budget. */
    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new Stop(overTime(budget));
        }
        if (Thread.currentThread() == thread && allocated() > allocationLimit) {
            throw new Stop(new RenderBudgetExceeded(RenderBudgetExceeded.Limit.MEMORY, String.format(Locale.ROOT,
                    "Dàn trang văn bản cần quá nhiều bộ nhớ: đã dùng quá %d MB cho một lần dàn trang. Hãy chia văn"
                    + " bản, hoặc đoạn văn quá dài, thành nhiều phần.", budget.megabytes())));
        }
    }

    /** Stops the render because one paragraph is longer than FOP can break into lines within any budget. */
    static Stop paragraphTooLong(int limit) {
        String characters = String.format(Locale.ROOT, "%,d", limit).replace(',', '.');
        return new Stop(new RenderBudgetExceeded(RenderBudgetExceeded.Limit.PARAGRAPH, "Văn bản có một đoạn văn"
                + " dài hơn " + characters + " ký tự, quá dài để dàn trang. Hãy tách đoạn văn đó thành nhiều đoạn."));
    }

    /**
     * Unwinds a render from inside FOP. An Error, not an exception: FOP catches every RuntimeException
     * thrown while it paints a page, logs it with its stack trace as an error and reports a rendering
     * event before rethrowing it, and a render over budget is a refusal, not a fault. Everything it
     * unwinds through belongs to that one document; the engine turns it back into the exception it carries.
     */
    static final class Stop extends Error {

        private final RenderBudgetExceeded verdict;

        Stop(RenderBudgetExceeded verdict) {
            super(verdict.getMessage(), null, false, false);
            this.verdict = verdict;
        }

        RenderBudgetExceeded verdict() {
            return verdict;
        }
    }

    /** The render could not even start within its time: every turn was taken by other renders. */
    static RenderBudgetExceeded busy(RenderBudget budget) {
        return new RenderBudgetExceeded(RenderBudgetExceeded.Limit.TURN, "Máy chủ đang bận: sau " + seconds(
                budget.time()) + " giây vẫn chưa đến lượt dàn trang văn bản này. Hãy thử lại sau ít phút.");
    }

    private static RenderBudgetExceeded overTime(RenderBudget budget) {
        return new RenderBudgetExceeded(RenderBudgetExceeded.Limit.TIME, "Dàn trang văn bản vượt quá "
                + seconds(budget.time()) + " giây cho phép. Hãy chia văn bản quá dài thành nhiều phần, hoặc thử"
                + " lại khi máy chủ bớt bận.");
    }

    private static String seconds(Duration time) {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : String.format(Locale.ROOT, "%.1f", millis / 1000.0).replace('.', ',');
    }

    /** Bytes the current thread has allocated so far, or -1 where the JVM does not count them. */
    private static long allocated() {
        return THREADS.isThreadAllocatedMemoryEnabled() ? THREADS.getCurrentThreadAllocatedBytes() : -1;
    }
}
