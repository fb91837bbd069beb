package vn.vanthu.bench.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanthu.bench.Stats;

/** The chain bench's Markdown: the step table of the real chain, the rates of every variant, the ratios. */
final class ChainReport {

    /** Issue 14: the real chain at no less than this share of the no-op peer's rate. */
    private static final double GOAL = 0.6;

    private ChainReport() {
    }

    static void print(Map<String, Cell> cells, List<Variant> variants, int maxThreads) {
        // the steps are those of (a), or of the first variant run when (a) was left out (-Dchain.variants=e)
        Variant main = variants.contains(Variant.REAL) ? Variant.REAL
                : variants.stream().filter(v -> v != Variant.PEER).findFirst().orElse(Variant.PEER);
        Cell real = cells.get(ChainBench.key(main, 1));
        Cell peer = cells.get(ChainBench.key(Variant.PEER, 1));
        Cell real2 = maxThreads >= 2 ? cells.get(ChainBench.key(main, 2)) : null;
        List<Variant> others = variants.stream().filter(v -> v != main && v != Variant.PEER).toList();
        StringBuilder out = new StringBuilder(f("%n### Steps of (%c), from a decision to the next task visible with"
                + " its PDF stored (jobs run included); 1 thread unless said; check ms: on the chain's own thread (a"
                + " stored version is checked after its commit, by the checks' workers unless they are busy)%n%n| # | step"
                + " | p50 ms | p99 ms | p50 ms, 2 threads | p99 ms, 2 threads | render ms | check ms | signing ms | PDFs |",
                main.letter));
        others.forEach(v -> out.append(f(" (%c) p50 ms |", v.letter)));
        out.append(f(" (c) peer p50 ms | (%c) p50 ÷ peer |%n|---:|---|%s%n", main.letter,
                "---:|".repeat(10 + others.size())));
        for (int row = 0; row < Walk.STEPS.size(); row++) {
            out.append(f("| %d | %s | %.0f | %.0f | %s | %s | %.0f | %.0f | %.0f | %.1f |", row, Walk.STEPS.get(row),
                    real.percentileMs(row, 0.5), real.percentileMs(row, 0.99),
                    real2 == null ? "–" : f("%.0f", real2.percentileMs(row, 0.5)),
                    real2 == null ? "–" : f("%.0f", real2.percentileMs(row, 0.99)), real.mean(row, Cell.RENDER),
                    real.mean(row, Cell.CHECK), real.mean(row, Cell.SIGN), real.mean(row, Cell.RENDERS)));
            for (Variant v : others) {
                out.append(f(" %.0f |", cells.get(ChainBench.key(v, 1)).percentileMs(row, 0.5)));
            }
            out.append(f(" %.1f | %.1f |%n", peer.percentileMs(row, 0.5),
                    real.percentileMs(row, 0.5) / peer.percentileMs(row, 0.5)));
        }
        out.append(f("| | whole chain | %.0f | %.0f | %s | %s | %.0f | %.0f | %.0f | %.1f |",
                real.stats.percentileMs(0.5), real.stats.percentileMs(0.99),
                real2 == null ? "–" : f("%.0f", real2.stats.percentileMs(0.5)),
                real2 == null ? "–" : f("%.0f", real2.stats.percentileMs(0.99)), real.chainMean(Cell.RENDER),
                real.chainMean(Cell.CHECK), real.chainMean(Cell.SIGN), real.chainMean(Cell.RENDERS)));
        for (Variant v : others) {
            out.append(f(" %.0f |", cells.get(ChainBench.key(v, 1)).stats.percentileMs(0.5)));
        }
        out.append(f(" %.0f | %.1f |%n", peer.stats.percentileMs(0.5),
                real.stats.percentileMs(0.5) / peer.stats.percentileMs(0.5)));
        out.append(f("%n### Chains per second%n%n| variant | threads | chains | chains/s | rounds min–max | p50 ms |"
                + " p99 ms | CPU ms/chain | PostgreSQL CPU ms/chain | WAL MB/chain | PDFs/chain | render ms/chain | check ms/chain |"
                + " signing ms/chain | chains/s ÷ peer | failed |%n|---|%s%n", "---:|".repeat(15)));
        for (int threads = 1; threads <= maxThreads; threads++) {
            Stats p = cells.get(ChainBench.key(Variant.PEER, threads)).stats;
            for (Variant v : variants) {
                Cell c = cells.get(ChainBench.key(v, threads));
                Stats s = c.stats;
                out.append(f("| %s | %d | %d | %.2f | %.2f–%.2f | %.0f | %.0f | %.0f | %.0f | %.2f | %.1f | %.0f | %.0f |"
                        + " %.0f | %.2f | %d |%n", v.label, threads, s.ops(), s.perSecond(), s.minPerSecond(),
                        s.maxPerSecond(), s.percentileMs(0.5), s.percentileMs(0.99), s.cpuMsPerOp(),
                        c.postgresMsPerChain(), c.walMbPerChain(), c.chainMean(Cell.RENDERS), c.chainMean(Cell.RENDER),
                        c.checkMsPerChain(),
                        c.chainMean(Cell.SIGN), s.perSecond() / p.perSecond(), s.failures()));
            }
        }
        out.append(f("%n"));
        for (int threads = 1; threads <= maxThreads; threads++) {
            Cell peerCell = cells.get(ChainBench.key(Variant.PEER, threads));
            double peerRate = peerCell.stats.perSecond();
            StringBuilder ratios = new StringBuilder();
            StringBuilder paired = new StringBuilder();
            for (Variant v : variants) {
                if (v != Variant.PEER) {
                    Cell c = cells.get(ChainBench.key(v, threads));
                    ratios.append(f("%s%c/c %.2f", ratios.isEmpty() ? "" : ", ", v.letter,
                            c.stats.perSecond() / peerRate));
                    double[] r = c.pairedRatios(peerCell);
                    paired.append(f("%s%c/c %.2f (%.2f–%.2f)", paired.isEmpty() ? "" : ", ", v.letter, r[1], r[0],
                            r[2]));
                }
            }
            Cell a = cells.get(ChainBench.key(Variant.REAL, threads));
            String goal = a == null ? "not measured: (a) was not run"
                    : a.stats.perSecond() / peerRate >= GOAL ? "met"
                    : f("not met (%.0f %% of the goal)", 100 * a.stats.perSecond() / peerRate / GOAL);
            out.append(f("- %d thread(s): %s; goal a/c ≥ %.1f %s%n  each round's cell over the peer's of the same"
                    + " round, median (min–max): %s%n", threads, ratios, GOAL, goal, paired));
        }
        System.out.print(out);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
