package vn.vanthu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a few threads and hands their results back in the order the tasks were given, so a
 * batch uses every core while its output reads as if it had run one file after the other.
 */
final class InOrder<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<T>> results = new ArrayList<>();
    private int next;

    InOrder(List<Callable<T>> tasks, int threads) {
        pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), task -> {
            Thread t = new Thread(task, "vanthu-render");
            t.setDaemon(true);
            return t;
        });
        tasks.forEach(task -> results.add(pool.submit(task)));
    }

    /** The result of the next task in the given order, waiting for it if it is still running. */
    T next() throws ExecutionException, InterruptedException {
        return results.get(next++).get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
