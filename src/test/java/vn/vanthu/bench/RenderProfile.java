package vn.vanthu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import jdk.jfr.Recording;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.PlainFop;

/**
 * Where render threads wait and what they spend: vanthu's render() and bare FOP on 2 threads, seeds 004
 * and 003 alternating, under one JFR recording of every contended monitor enter, monitor wait and
 * thread park (threshold 0), allocation samples and CPU samples; prints the summary tables of
 * docs/BENCHMARKS.md ("Locks on the render path") and keeps the recording for {@code jfr print}.
 */
public final class RenderProfile {

    /** What one pipeline did while recorded: renders, bytes allocated and monitor blocks seen by the JVM's own counters. */
    record Phase(String pipeline, int threads, long renders, long failed, long nanos, long allocatedBytes,
            long blockedCount, long blockedMillis, long waitedCount) {

        /** Both rounds of the same pipeline as one. */
        Phase plus(Phase o) {
            return new Phase(pipeline, threads, renders + o.renders, failed + o.failed, nanos + o.nanos,
                    allocatedBytes + o.allocatedBytes, blockedCount + o.blockedCount, blockedMillis + o.blockedMillis,
                    waitedCount + o.waitedCount);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private RenderProfile() {
    }

    /**
     * Runs the profile; settings via -Dprofile.threads, -Dprofile.rounds, -Dprofile.seconds (per pipeline
     * and round), -Dprofile.warmup (per pipeline) and -Dprofile.jfr (the recording's file).
     */
    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("profile.threads", 2);
        int rounds = Integer.getInteger("profile.rounds", 3);
        long millis = Long.getLong("profile.seconds", 10) * 1000;
        long warmMillis = Long.getLong("profile.warmup", 20) * 1000;
        Path jfr = Path.of(System.getProperty("profile.jfr", "/tmp/vanthu-render-profile.jfr"));
        Machine.quietLogging();
        THREADS.setThreadContentionMonitoringEnabled(true);
        System.out.printf("# vanthu render profile %s%n- cores %d, load %s%n- %s%n- %d threads, %d rounds × %d ms per"
                + " pipeline after %d ms of warm-up each, all recorded; seeds 004 and 003 alternate%n",
                OffsetDateTime.now(), Runtime.getRuntime().availableProcessors(), Machine.loadAverage(), Machine.jvm(),
                threads, rounds, millis, warmMillis);

        DocumentRenderer renderer = DocumentRenderer.create();
        List<Dispatch> seeds = List.of(DispatchReader.read(Path.of("examples/004-cong-van-so-ldtbxh-hung-yen.yaml")),
                DispatchReader.read(Path.of("examples/003-ke-hoach-lai-chau.yaml")));
        List<String> fos = seeds.stream().map(d -> renderer.fo(d, d.mode())).toList();
        PlainFop defaults = PlainFop.fopDefaults();
        PlainFop tuned = PlainFop.productConfig();
        Map<String, IntUnaryOperator> pipelines = new LinkedHashMap<>();
        pipelines.put("vanthu render()", i -> renderer.render(seeds.get(i % 2), seeds.get(i % 2).mode()).length);
        pipelines.put("bare FOP (same FO), newFop serialised", i -> defaults.render(fos.get(i % 2), "t").length);
        pipelines.put("bare FOP, complex scripts off, newFop serialised", i -> tuned.render(fos.get(i % 2), "t").length);

        List<Phase> phases = new ArrayList<>(java.util.Collections.nCopies(pipelines.size(), (Phase) null));
        try (Recording recording = JfrSummary.recording()) {
            // Started before the warm-up: starting a recording with these events makes the JVM recompile
            // for some 20 s (a render's CPU time tripled), which would land on the first pipeline measured.
            // Warm-up threads are not named render-…, so none of their events is counted.
            recording.start();
            for (var p : pipelines.entrySet()) {
                drive("warm", p.getKey(), p.getValue(), threads, warmMillis);
            }
            // pipelines alternate within each round, so drift and other builds hit each alike
            for (int round = 0; round < rounds; round++) {
                int n = 0;
                for (var p : pipelines.entrySet()) {
                    Phase phase = drive(JfrSummary.THREAD_PREFIX + n, p.getKey(), p.getValue(), threads, millis);
                    phases.set(n, phases.get(n) == null ? phase : phases.get(n).plus(phase));
                    n++;
                }
            }
            recording.stop();
            recording.dump(jfr);
        }
        System.out.printf("- load at the end %s; recording %s%n%n%s", Machine.loadAverage(), jfr,
                JfrSummary.tables(jfr, phases));
    }

    /** Renders on {@code threads} named threads until the time is up, each thread counting its own figures. */
    private static Phase drive(String prefix, String pipeline, IntUnaryOperator op, int threads, long millis)
            throws InterruptedException {
        AtomicLong renders = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicLong blocked = new AtomicLong();
        AtomicLong blockedMillis = new AtomicLong();
        AtomicLong waited = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + Duration.ofMillis(millis).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                int i = offset;
                long size = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        size += op.applyAsInt(i++);
                        renders.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        System.out.printf("- %s failed: %s%n", pipeline, e);
                    }
                }
                allocated.addAndGet(THREADS.getCurrentThreadAllocatedBytes() - bytes0);
                ThreadInfo info = THREADS.getThreadInfo(Thread.currentThread().getId());
                blocked.addAndGet(info.getBlockedCount());
                blockedMillis.addAndGet(info.getBlockedTime());
                waited.addAndGet(info.getWaitedCount());
                sink.addAndGet(size);
            }, prefix + "-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (sink.get() == 0) {
            throw new IllegalStateException(pipeline + " produced nothing");
        }
        return new Phase(pipeline, threads, renders.get(), failed.get(), System.nanoTime() - start, allocated.get(), blocked.get(),
                blockedMillis.get(), waited.get());
    }
}
