package vn.vanthu.bench.chain;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanthuApplication;
import vn.vanthu.bench.Machine;
import vn.vanthu.directory.Directory;
import vn.vanthu.workflow.dispatch.LateChecks;

/**
 * Seed 002's chain (so-trinh-ubnd) in one process on the embedded PostgreSQL (issues 3 and 14): each step's
 * latency from a decision to the next task visible with its PDF, and chains per second for the variants of
 * {@link Variant}, all in the same rounds; Markdown tables at the end (docs/BENCHMARKS.md, "Drafting chain").
 * Settings: -Dchain.rounds=3 -Dchain.perRound=5 -Dchain.warmup=10 -Dchain.warmupBatches=8 -Dchain.threads=2
 * -Dchain.variants=abcde -Dchain.receipts=2; a peer cell runs 4 × perRound chains. The warm-up runs batches of
 * {@code warmup} chains of every variant until the JIT compiler spends under a tenth of a batch's time (at most
 * {@code warmupBatches} batches): with 3 chains it was still compiling for as long as the rounds ran, on the core
 * the database and the second chain need.
 */
public final class ChainBench {

    private ChainBench() {
    }

    /** Runs the bench with the settings above and prints its Markdown to standard output. */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("chain.rounds", 3);
        int perRound = Integer.getInteger("chain.perRound", 5);
        int warmup = Integer.getInteger("chain.warmup", 10);
        int threads = Integer.getInteger("chain.threads", 2);
        String letters = System.getProperty("chain.variants", "abcde");
        List<Variant> variants = new ArrayList<>();
        for (Variant v : Variant.values()) {
            if (letters.indexOf(v.letter) >= 0 || v == Variant.PEER) {
                variants.add(v);
            }
        }
        System.out.printf("# vanthu chain bench %s%n- cores %d, RAM %.1f GiB, load %s%n- %s%n- %d rounds × %d chains"
                + " per variant and thread count, warm-up in batches of %d chains per variant on %d threads%n",
                OffsetDateTime.now(), Runtime.getRuntime().availableProcessors(), Machine.ramGiB(),
                Machine.loadAverage(), Machine.jvm(), rounds, perRound, warmup, threads);
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
                // arguments, to win over application.yml: the chain drains the outbox itself (not every second in
                // the background), and DSS's warning per validation that the demo certificates carry no
                // revocation data would be timed as signing work
                .run("--vanthu.exchange.polling=false",
                        "--logging.level.eu.europa.esig.dss.spi.validation.SignatureValidationContext=ERROR");
        try {
            System.out.printf("- context up in %.1f s (profile test: fresh temporary PostgreSQL, job executor off)%n",
                    (System.nanoTime() - boot) / 1e9);
            run(context, variants, rounds, perRound, warmup, threads);
        } finally {
            context.close();
        }
    }

    /** How many more chains a peer cell runs than a real one, so that it lasts about as long. */
    private static final int PEER_FACTOR = 4;

    private static void run(ConfigurableApplicationContext context, List<Variant> variants, int rounds,
            int perRound, int warmup, int maxThreads) throws Exception {
        Switches switches = context.getBean(Switches.class);
        int serviceTasks = PeerProcess.deploy(context.getBean(RepositoryService.class),
                context.getBean(Directory.class).provincialCommittee());
        System.out.printf("- peer deployed as %s and %s with %d no-op service tasks%n", PeerProcess.KEY,
                PeerProcess.RECEIVING_KEY, serviceTasks);
        SeedChain chain = new SeedChain(context);
        // the server process of this context's database: its backend's parent
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        long postmaster = ProcessHandle.of(jdbc.queryForObject("select pg_backend_pid()", Long.class))
                .flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        // the WAL written so far, in bytes: what the server wrote for every commit, whoever made it
        Database db = new Database(postmaster, () -> jdbc.queryForObject(
                "select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", Long.class),
                context.getBean(LateChecks.class), new Background(jdbc));
        Checks.first(context, chain, switches);
        Map<String, Cell> cells = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads, r -> {
            Thread t = new Thread(r, "chain-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            warmUp(pool, chain, switches, variants, maxThreads, warmup, db);
            long misses = switches.misses();
            System.out.printf("- stand-ins made for real during the warm-up: %d%n", misses);
            // the variants alternate cell by cell within each round, so drift and other builds hit all alike
            for (int r = 0; r < rounds; r++) {
                double jit = Machine.jitSeconds();
                for (int threads = 1; threads <= maxThreads; threads++) {
                    for (Variant v : variants) {
                        Cell cell = cells.computeIfAbsent(key(v, threads), k -> new Cell());
                        // a peer chain takes a quarter of a real one: 5 of them made a cell of half a second,
                        // whose rate swung by half from round to round; the denominator of every ratio
                        int count = v == Variant.PEER ? perRound * PEER_FACTOR : perRound;
                        run(pool, chain, switches, v, threads, count, cell, db);
                    }
                }
                // a round that still compiles much is still warming up: its figures are not the steady state
                System.out.printf("- round %d done, load %s, JIT compiling %.1f s of it%n", r + 1,
                        Machine.loadAverage(), Machine.jitSeconds() - jit);
            }
            if (switches.misses() != misses) {
                System.out.printf("- warning: %d stand-ins were made after the warm-up%n", switches.misses() - misses);
            }
        } finally {
            pool.shutdownNow();
        }
        Checks.receipts(context, chain, switches, Integer.getInteger("chain.receipts", 2));
        System.out.printf("- memory after the runs: heap after GC %.1f MiB (committed %.0f MiB), VmRSS %.0f MiB,"
                + " VmHWM %.0f MiB (PostgreSQL runs in its own processes, not counted)%n- load at the end %s%n",
                Machine.heapAfterGcMiB(), Machine.heapCommittedMiB(), Machine.processMiB("VmRSS"),
                Machine.processMiB("VmHWM"), Machine.loadAverage());
        ChainReport.print(cells, variants, maxThreads);
        System.out.print(db.background().summary());
    }

    /** Batches of every variant until the JIT compiles for less than a tenth of a batch's wall time. */
    private static void warmUp(ExecutorService pool, SeedChain chain, Switches switches, List<Variant> variants,
            int threads, int chains, Database db) throws Exception {
        int most = Integer.getInteger("chain.warmupBatches", 8);
        for (int batch = 1; batch <= most; batch++) {
            double jit = Machine.jitSeconds();
            long t0 = System.nanoTime();
            for (Variant v : variants) {
                run(pool, chain, switches, v, threads, chains, null, db);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double compiling = Machine.jitSeconds() - jit;
            System.out.printf("- warm-up batch %d: %d chains of each variant in %.1f s, JIT compiling %.1f s of it%n",
                    batch, chains, seconds, compiling);
            if (Machine.settled(compiling, seconds)) {
                return;
            }
        }
        System.out.printf("- warning: the JIT still compiles after %d warm-up batches%n", most);
    }

    static String key(Variant v, int threads) {
        return v.name() + '/' + threads;
    }

    /** Runs {@code count} chains of the variant on {@code threads} threads; adds the figures to {@code cell} if any. */
    private static void run(ExecutorService pool, SeedChain chain, Switches switches, Variant v, int threads,
            int count, Cell cell, Database db) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicInteger left = new AtomicInteger(count);
        AtomicLong failed = new AtomicLong();
        List<Walk.Result> results = Collections.synchronizedList(new ArrayList<>());
        long cpu0 = os.getProcessCpuTime();
        long postgres0 = Machine.postgresCpuNanos(db.postmaster());
        long wal0 = db.walBytes().getAsLong();
        long checks0 = switches.checkNanos();
        if (cell != null) {
            db.background().cellStarts();
        }
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    try {
                        results.add(v.walk(chain, switches));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        System.out.printf("- chain failed (%s): %s%n", v.label, e);
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        // the checks the chains left to run after their commits are part of their work: the clock waits for them
        if (!db.late().awaitIdle(java.time.Duration.ofMinutes(1))) {
            throw new IllegalStateException("the late checks did not finish within a minute");
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpu0;
        long postgres = Machine.postgresCpuNanos(db.postmaster()) - postgres0;
        long wal = db.walBytes().getAsLong() - wal0;
        if (cell != null) {
            cell.add(results, wall, cpu, postgres, wal, switches.checkNanos() - checks0, failed.get());
        }
    }

    /**
     * The context's PostgreSQL: its server process (for its CPU time), where its WAL stands and its own background
     * work; and the product's late checks, waited for at the end of each cell.
     */
    private record Database(long postmaster, java.util.function.LongSupplier walBytes, LateChecks late,
            Background background) {
    }
}
