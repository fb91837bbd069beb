package vn.vanthu.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

/** Runs one operation (returning its output size) on 1..n threads for a fixed time, timing every call. */
final class Runner implements AutoCloseable {

    private final ExecutorService pool;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    // Every result feeds this so the JIT cannot drop a render whose bytes nobody reads.
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    private volatile RuntimeException lastFailure;
    private final java.util.concurrent.atomic.AtomicLong sink = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong threadCpu = new java.util.concurrent.atomic.AtomicLong();
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Runner(int maxThreads) {
        pool = Executors.newFixedThreadPool(maxThreads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code op} on {@code threads} threads for {@code millis} and adds the round to {@code stats} (if any). */
    void run(IntSupplier op, int threads, long millis, Stats stats) throws Exception {
        long failed0 = failures.get();
        long threadCpu0 = threadCpu.get();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> loop(op, deadline)));
        }
        List<long[]> perThread = new ArrayList<>();
        for (Future<long[]> w : workers) {
            perThread.add(w.get());
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpu0;
        if (stats != null) {
            long[] all = perThread.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            stats.add(all.length, wall, cpu, all);
            stats.failed(failures.get() - failed0);
            stats.threadCpu(threadCpu.get() - threadCpu0);
        }
        if (failures.get() > failed0) {
            System.out.printf("- %d call(s) failed, last: %s%n", failures.get() - failed0, lastFailure);
        }
    }

    private long[] loop(IntSupplier op, long deadline) {
        long[] latencies = new long[256];
        int n = 0;
        long acc = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long now = System.nanoTime();
        // A call started before the deadline is counted whole: at ~10 ms a call that bias is well under 1 %.
        while (now < deadline) {
            long t0 = now;
            int size;
            try {
                size = op.getAsInt();
            } catch (RuntimeException e) {
                // A failed render is a result too (FOP's shared configuration DOM is not thread-safe): count it.
                failures.incrementAndGet();
                lastFailure = e;
                now = System.nanoTime();
                continue;
            }
            now = System.nanoTime();
            acc += size;
            if (n == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = now - t0;
        }
        sink.addAndGet(acc);
        threadCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
        return java.util.Arrays.copyOf(latencies, n);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
