package vn.vanthu.bench;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.PlainFop;

/**
 * Warm throughput and latency of vanthu's render() against bare FOP (and LibreOffice) on the same FO, the
 * same documents and the same machine in one process, printed as a Markdown table (docs/BENCHMARKS.md).
 */
public final class Bench {

    private static final String VANTHU = "vanthu render()";
    private static final String FOP = "bare FOP (same FO)";
    private static final String FOP_NO_CS = "bare FOP, complex scripts off";
    private static final String FO_ONLY = "vanthu fo() only (no PDF)";

    private Bench() {
    }

    /** Runs the benchmark on the given examples (default: 004 and 003); settings via -Dbench.* properties. */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        long millis = Long.getLong("bench.seconds", 3) * 1000;
        long warmMillis = Long.getLong("bench.warmup", 5) * 1000;
        int loCopies = Integer.getInteger("bench.lo.copies", 24);
        List<String> files = args.length > 0 ? List.of(args) : List.of(
                "examples/004-cong-van-so-ldtbxh-hung-yen.yaml", "examples/003-ke-hoach-lai-chau.yaml");
        System.out.printf("# vanthu bench %s%n- cores %d, RAM %.1f GiB, load %s%n- %s%n- rounds %d × %d ms per cell,"
                + " warm-up %d ms per pipeline and document%n", OffsetDateTime.now(),
                Runtime.getRuntime().availableProcessors(), Machine.ramGiB(), Machine.loadAverage(), Machine.jvm(),
                rounds, millis, warmMillis);

        Machine.quietLogging();
        DocumentRenderer renderer = DocumentRenderer.create();
        PlainFop fop = PlainFop.fopDefaults();
        PlainFop fopNoCs = PlainFop.productConfig();
        Map<String, Map<String, IntSupplier>> ops = new LinkedHashMap<>();
        Map<String, String> fos = new LinkedHashMap<>();
        for (String file : files) {
            Dispatch d = DispatchReader.read(Path.of(file));
            Mode mode = d.mode();
            String fo = renderer.fo(d, mode);
            String title = d.summary();
            Map<String, IntSupplier> byPipeline = new LinkedHashMap<>();
            byPipeline.put(VANTHU, () -> renderer.render(d, mode).length);
            byPipeline.put(FOP, () -> fop.render(fo, title).length);
            byPipeline.put(FOP_NO_CS, () -> fopNoCs.render(fo, title).length);
            byPipeline.put(FO_ONLY, () -> renderer.fo(d, mode).length());
            byte[] ours = renderer.render(d, mode);
            byte[] bare = fop.render(fo, title);
            byte[] noCs = fopNoCs.render(fo, title);
            int pages = Machine.pages(ours);
            String label = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "") + " (" + pages + " pp)";
            // vanthu deflates page contents and fonts at a faster level than FOP: the sizes show what that costs
            System.out.printf("- %s: FO %d chars; pages vanthu %d, bare FOP %d, complex scripts off %d; PDF bytes %d, %d, %d%n",
                    label, fo.length(), pages, Machine.pages(bare), Machine.pages(noCs), ours.length, bare.length,
                    noCs.length);
            ops.put(label, byPipeline);
            fos.put(label, fo);
        }

        Map<String, Stats> cells = new LinkedHashMap<>();
        try (Runner runner = new Runner(2)) {
            // Warm every code path on both threads first, so no pipeline's rounds pay another's JIT work.
            double jit = Machine.jitSeconds();
            for (Map<String, IntSupplier> byPipeline : ops.values()) {
                for (IntSupplier op : byPipeline.values()) {
                    runner.run(op, 2, warmMillis, null);
                }
            }
            System.out.printf("- warm-up done, JIT compiling %.1f s of it%n", Machine.jitSeconds() - jit);
            // Then rounds as measured ones, unrecorded, until the JIT compiles for less than a tenth of one: the
            // first measured round used to carry 11 s of compiling in 42 s, landing on whichever cells ran then.
            int most = Integer.getInteger("bench.warmRounds", 3);
            for (int r = 1; r <= most; r++) {
                long t0 = System.nanoTime();
                double compiled = round(ops, runner, millis, null);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("- unrecorded round %d done, JIT compiling %.1f s of its %.0f s%n", r, compiled,
                        seconds);
                if (Machine.settled(compiled, seconds)) {
                    break;
                }
            }
            // Peers alternate cell by cell within each round, so drift and other people's builds hit all alike.
            for (int r = 0; r < rounds; r++) {
                double compiled = round(ops, runner, millis, cells);
                System.out.printf("- round %d done, load %s, JIT compiling %.1f s of it%n", r + 1,
                        Machine.loadAverage(), compiled);
            }
        }
        double heap = Machine.heapAfterGcMiB();
        System.out.printf("- memory after the warm runs: heap after GC %.1f MiB (committed %.0f MiB), VmRSS %.0f MiB,"
                + " VmHWM %.0f MiB%n", heap, Machine.heapCommittedMiB(), Machine.processMiB("VmRSS"),
                Machine.processMiB("VmHWM"));

        Table table = new Table();
        for (String doc : ops.keySet()) {
            for (int threads = 1; threads <= 2; threads++) {
                Stats peer = cells.get(key(doc, FOP, threads));
                for (String pipeline : ops.get(doc).keySet()) {
                    Stats s = cells.get(key(doc, pipeline, threads));
                    if (s != null) {
                        table.row(doc, pipeline, threads, s, pipeline.equals(FO_ONLY) ? null : peer);
                    }
                }
            }
        }
        Map<String, Stats[]> bareFop = new LinkedHashMap<>();
        for (String doc : fos.keySet()) {
            bareFop.put(doc, new Stats[] {null, cells.get(key(doc, FOP, 1)), cells.get(key(doc, FOP, 2))});
        }
        LibreOfficeRows.add(table, fos, bareFop, loCopies);
        Goals goals = new Goals();
        for (String doc : ops.keySet()) {
            goals.row(doc, cells(cells, doc, VANTHU), cells(cells, doc, FOP), cells(cells, doc, FOP_NO_CS));
        }
        System.out.printf("- load at the end %s%n%n%s%n%s", Machine.loadAverage(), table, goals);
    }

    private static Stats[] cells(Map<String, Stats> cells, String doc, String pipeline) {
        return new Stats[] {cells.get(key(doc, pipeline, 1)), cells.get(key(doc, pipeline, 2))};
    }

    /** A cell per document, pipeline and thread count, added to {@code cells} unless null; returns the JIT's time. */
    private static double round(Map<String, Map<String, IntSupplier>> ops, Runner runner, long millis,
            Map<String, Stats> cells) throws Exception {
        double jit = Machine.jitSeconds();
        for (var doc : ops.entrySet()) {
            for (int threads = 1; threads <= 2; threads++) {
                for (var p : doc.getValue().entrySet()) {
                    if (p.getKey().equals(FO_ONLY) && threads == 2) {
                        continue;
                    }
                    Stats s = cells == null ? null
                            : cells.computeIfAbsent(key(doc.getKey(), p.getKey(), threads), k -> new Stats());
                    runner.run(p.getValue(), threads, millis, s);
                }
            }
        }
        return Machine.jitSeconds() - jit;
    }

    private static String key(String doc, String pipeline, int threads) {
        return doc + '\u0000' + pipeline + '\u0000' + threads;
    }
}
