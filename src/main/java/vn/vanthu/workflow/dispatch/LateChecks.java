package vn.vanthu.workflow.dispatch;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the decree check of a stored version once its transaction has committed, on workers of its own. Why: the
 * check's verdict is a warning in the log, so the user who decided waits for the render and not for the check,
 * and the transaction holds its locks and connection no longer for it; a version rolled back is not checked.
 * When the workers are behind, the committing thread checks itself, so checks never pile up.
 */
@Component
public class LateChecks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LateChecks.class);

    private final ThreadPoolExecutor workers;
    /** Checks handed over and not yet run to their end, wherever they run. */
    private final AtomicLong pending = new AtomicLong();

    LateChecks() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * cores),
                work -> {
                    Thread t = new Thread(work, "kiem-tra-the-thuc-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, (work, pool) -> {
                    // busy workers and a full queue: the committing thread checks itself; shut down: dropped, and said
                    if (!pool.isShutdown()) {
                        work.run();
                        return;
                    }
                    pending.decrementAndGet();
                    log.warn("Bỏ qua một lượt kiểm tra thể thức vì ứng dụng đang dừng");
                });
        workers.allowCoreThreadTimeOut(true);
    }

    /** Runs the check after the current transaction commits (never if it rolls back), or now without one. */
    void afterCommit(String what, Runnable check) {
        Runnable guarded = () -> {
            try {
                check.run();
            } catch (RuntimeException e) {
                log.error("Không kiểm tra được thể thức của {}: {}", what, e.toString(), e);
            } finally {
                pending.decrementAndGet();
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            submit(guarded);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(guarded);
            }
        });
    }

    private void submit(Runnable guarded) {
        pending.incrementAndGet();
        workers.execute(guarded);
    }

    /** Waits until every check handed over so far has run; false if that took longer than {@code limit}. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("{} lượt kiểm tra thể thức chưa chạy xong khi dừng", workers.getQueue().size());
        }
    }
}
