package vn.vanthu.bench.chain;

import vn.vanthu.bench.Machine;
import vn.vanthu.bench.Stats;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanthuApplication;

/**
 * Chains per second of the seed-002 chain (so-trinh-ubnd) in one process on the embedded PostgreSQL, three
 * ways in the same run: (a) as the product runs it, rendering at every step; (b) the same chain with the
 * renders skipped; (c) the peer, the same BPMN with no-op delegates and no listeners. Markdown table at the end
 * (docs/BENCHMARKS.md, "Drafting chain (issue 3)"). Settings: -Dchain.rounds=3 -Dchain.perRound=10
 * -Dchain.warmup=8 -Dchain.threads=2.
 */
public final class ChainBench {

    private static final String REAL = "(a) real chain, rendering at every step";
    private static final String SKIPPED = "(b) real chain, rendering skipped";
    private static final String PEER = "(c) peer: same BPMN, no-op delegates, no listeners";

    private ChainBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("chain.rounds", 3);
        int perRound = Integer.getInteger("chain.perRound", 10);
        int warmup = Integer.getInteger("chain.warmup", 8);
        int maxThreads = Integer.getInteger("chain.threads", 2);
        System.out.printf("# vanthu chain bench %s%n- cores %d, RAM %.1f GiB, load %s%n- %s%n- %d rounds × %d chains"
                + " per mode and thread count, warm-up %d chains per mode on %d threads%n", OffsetDateTime.now(),
                Runtime.getRuntime().availableProcessors(), Machine.ramGiB(), Machine.loadAverage(),
                Machine.jvm(), rounds, perRound, warmup, maxThreads);

        long boot = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(VanthuApplication.class,
                ChainBenchBeans.class)
                .profiles("test")
                .web(WebApplicationType.NONE)
                // INFO lines per stored version would be timed as chain work (same choice as the rendering bench)
                .properties("vanthu.demo.enabled=true", "logging.level.root=WARN", "spring.main.banner-mode=off",
                        // Camunda's engine REST (Jersey) insists on a servlet web application; nothing here calls it
                        "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")
                .run();
        try {
            System.out.printf("- context up in %.1f s (profile test: fresh temporary PostgreSQL, job executor off)%n",
                    (System.nanoTime() - boot) / 1e9);
            run(context, rounds, perRound, warmup, maxThreads);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int rounds, int perRound, int warmup,
            int maxThreads) throws Exception {
        RenderSwitch renders = context.getBean(RenderSwitch.class);
        int serviceTasks = PeerProcess.deploy(context.getBean(RepositoryService.class));
        SeedChain chain = new SeedChain(context);
        Map<String, Supplier<String>> modes = new LinkedHashMap<>();
        modes.put(REAL, chain::real);
        modes.put(SKIPPED, chain::real);
        modes.put(PEER, chain::peer);

        // one chain of each kind first, checked: the real one must have issued and rendered at every step
        renders.skipRendering(false);
        long[] before = renders.snapshot();
        String pi = chain.real();
        long[] after = renders.snapshot();
        HistoryService history = context.getBean(HistoryService.class);
        long issued = history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId("da-ban-hanh")
                .finished().count();
        String peer = chain.peer();
        long peerEnded = history.createHistoricActivityInstanceQuery().processInstanceId(peer)
                .activityId("da-ban-hanh").finished().count();
        if (issued != 1 || peerEnded != 1) {
            throw new IllegalStateException("a chain did not reach da-ban-hanh: real " + issued + ", peer " + peerEnded);
        }
        System.out.printf("- one real chain: %d PDFs rendered (%d ms), %d conformance checks (%d ms); peer deployed"
                + " as %s with %d no-op service tasks%n", after[1] - before[1], (after[0] - before[0]) / 1_000_000,
                after[3] - before[3], (after[2] - before[2]) / 1_000_000, PeerProcess.KEY, serviceTasks);

        Map<String, Cell> cells = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads, r -> {
            Thread t = new Thread(r, "chain-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (var mode : modes.entrySet()) {
                renders.skipRendering(mode.getKey().equals(SKIPPED));
                long t0 = System.nanoTime();
                run(pool, mode.getValue(), maxThreads, warmup, null, renders);
                System.out.printf("- warm-up %s: %d chains in %.1f s%n", mode.getKey(), warmup,
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("- stand-in PDFs rendered for mode (b): %d kinds of document%n", renders.cannedMisses());
            long misses = renders.cannedMisses();
            // the modes alternate cell by cell within each round, so drift and other builds hit all alike
            for (int r = 0; r < rounds; r++) {
                for (int threads = 1; threads <= maxThreads; threads++) {
                    for (var mode : modes.entrySet()) {
                        renders.skipRendering(mode.getKey().equals(SKIPPED));
                        Cell cell = cells.computeIfAbsent(mode.getKey() + '\u0000' + threads, k -> new Cell());
                        run(pool, mode.getValue(), threads, perRound, cell, renders);
                    }
                }
                System.out.printf("- round %d done, load %s%n", r + 1, Machine.loadAverage());
            }
            if (renders.cannedMisses() != misses) {
                System.out.printf("- warning: mode (b) met %d new kinds of document after the warm-up%n",
                        renders.cannedMisses() - misses);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("- memory after the runs: heap after GC %.1f MiB (committed %.0f MiB), VmRSS %.0f MiB,"
                + " VmHWM %.0f MiB (PostgreSQL runs in its own processes, not counted)%n", Machine.heapAfterGcMiB(),
                Machine.heapCommittedMiB(), Machine.processMiB("VmRSS"), Machine.processMiB("VmHWM"));

        StringBuilder table = new StringBuilder("""
                | Mode | Threads | chains | chains/s | rounds min–max | p50 ms | p99 ms | CPU ms/chain | PDFs/chain \
                | render ms/chain | check ms/chain | chains/s ÷ peer | p50 ÷ peer | CPU ÷ peer | failed |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (int threads = 1; threads <= maxThreads; threads++) {
            Cell peerCell = cells.get(PEER + '\u0000' + threads);
            for (String mode : modes.keySet()) {
                Cell c = cells.get(mode + '\u0000' + threads);
                Stats s = c.stats;
                long n = s.ops();
                table.append(f("| %s | %d | %d | %.2f | %.2f–%.2f | %.0f | %.0f | %.0f | %.1f | %.0f | %.0f | %.3f | %.1f"
                        + " | %.1f | %d |%n", mode, threads, n, s.perSecond(), s.minPerSecond(), s.maxPerSecond(),
                        s.percentileMs(0.5), s.percentileMs(0.99), s.cpuMsPerOp(), (double) c.renders / n,
                        c.renderNanos / 1e6 / n, c.checkNanos / 1e6 / n, s.perSecond() / peerCell.stats.perSecond(),
                        s.percentileMs(0.5) / peerCell.stats.percentileMs(0.5),
                        s.cpuMsPerOp() / peerCell.stats.cpuMsPerOp(), s.failures()));
            }
        }
        System.out.printf("- load at the end %s%n%n%s", Machine.loadAverage(), table);
        for (int threads = 1; threads <= maxThreads; threads++) {
            Stats a = cells.get(REAL + '\u0000' + threads).stats;
            Stats b = cells.get(SKIPPED + '\u0000' + threads).stats;
            Stats c = cells.get(PEER + '\u0000' + threads).stats;
            System.out.printf("%n%d thread(s): a chain costs (a) %.1f×, (b) %.1f× the peer's time (c/a, c/b in"
                    + " chains/s); p50 (a) %.1f×, (b) %.1f×; rendering is %.0f %% of (a)'s time per chain%n", threads,
                    c.perSecond() / a.perSecond(), c.perSecond() / b.perSecond(), a.percentileMs(0.5)
                    / c.percentileMs(0.5), b.percentileMs(0.5) / c.percentileMs(0.5),
                    100 * (1 - a.perSecond() / b.perSecond()));
        }
    }

    /** Runs {@code count} chains on {@code threads} threads, timing each; adds the figures to {@code cell} if any. */
    private static void run(ExecutorService pool, Supplier<String> chain, int threads, int count, Cell cell,
            RenderSwitch renders) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicInteger left = new AtomicInteger(count);
        AtomicLong failed = new AtomicLong();
        long[] r0 = renders.snapshot();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[count];
                int n = 0;
                while (left.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    try {
                        chain.get();
                        latencies[n++] = System.nanoTime() - t0;
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        System.out.printf("- chain failed: %s%n", e);
                    }
                }
                return java.util.Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> perThread = new ArrayList<>();
        for (Future<long[]> w : workers) {
            perThread.add(w.get());
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpu0;
        long[] r1 = renders.snapshot();
        if (cell != null) {
            long[] all = perThread.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            cell.stats.add(all.length, wall, cpu, all);
            cell.stats.failed(failed.get());
            cell.renderNanos += r1[0] - r0[0];
            cell.renders += r1[1] - r0[1];
            cell.checkNanos += r1[2] - r0[2];
        }
    }

    /** A mode × thread-count cell: the rendering bench's Stats plus the time spent rendering and checking. */
    private static final class Cell {
        final Stats stats = new Stats();
        long renderNanos;
        long renders;
        long checkNanos;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
