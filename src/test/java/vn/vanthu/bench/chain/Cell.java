package vn.vanthu.bench.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vanthu.bench.Stats;

/** The figures of one variant × thread-count cell over its rounds: the chains, and each row of their walks. */
final class Cell {

    /** Slots of a walk row (see {@link Walk.Laps}): wall time, then the clocks of {@link Switches}, shifted by one. */
    static final int WALL = 0;
    static final int RENDER = 1 + Switches.RENDER;
    static final int CHECK = 1 + Switches.CHECK;
    static final int SIGN = 1 + Switches.SIGN;
    static final int RENDERS = 1 + Switches.RENDERS;

    final Stats stats = new Stats();
    private final List<long[][]> walks = new ArrayList<>();
    private long postgresCpu;
    private long wal;
    private long checks;
    /** Each round's chains per second, in the order of the rounds. */
    private final List<Double> roundRates = new ArrayList<>();

    /**
     * Adds one timed round: its walks, wall, process and PostgreSQL CPU time, WAL bytes, the checks' time on every
     * thread, how many chains failed.
     */
    void add(List<Walk.Result> results, long wall, long cpu, long postgres, long walBytes, long checkNanos,
            long failed) {
        postgresCpu += postgres;
        wal += walBytes;
        checks += checkNanos;
        roundRates.add(results.size() * 1e9 / wall);
        long[] latencies = new long[results.size()];
        for (int i = 0; i < results.size(); i++) {
            long[][] rows = results.get(i).rows();
            walks.add(rows);
            latencies[i] = Arrays.stream(rows).mapToLong(r -> r[WALL]).sum();
        }
        stats.add(results.size(), wall, cpu, latencies);
        stats.failed(failed);
    }

    /** PostgreSQL's CPU time per chain, in ms (its processes, not the JVM's). */
    double postgresMsPerChain() {
        return walks.isEmpty() ? Double.NaN : postgresCpu / 1e6 / walks.size();
    }

    /**
     * This cell's rate over {@code other}'s, round by round: the median and the extremes. The cells of a round run
     * back to back, so each ratio is taken over minutes in which the machine drifted little.
     */
    double[] pairedRatios(Cell other) {
        int n = Math.min(roundRates.size(), other.roundRates.size());
        double[] ratios = new double[n];
        for (int r = 0; r < n; r++) {
            ratios[r] = roundRates.get(r) / other.roundRates.get(r);
        }
        Arrays.sort(ratios);
        return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                : new double[] {ratios[0], n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2,
                        ratios[n - 1]};
    }

    /** The checks' time per chain, in ms, wherever they ran (the chain's thread or a late-check worker). */
    double checkMsPerChain() {
        return walks.isEmpty() ? Double.NaN : checks / 1e6 / walks.size();
    }

    /** The WAL PostgreSQL wrote per chain, in MB (10^6 bytes): what the chain asked the database to keep. */
    double walMbPerChain() {
        return walks.isEmpty() ? Double.NaN : wal / 1e6 / walks.size();
    }

    /** The quantile q (0..1) of a row's wall time, in ms, nearest-rank. */
    double percentileMs(int row, double q) {
        long[] sorted = walks.stream().mapToLong(w -> w[row][WALL]).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }

    /** The mean of a row's slot per chain: ms for times, a count for {@link #RENDERS}. */
    double mean(int row, int slot) {
        double sum = walks.stream().mapToLong(w -> w[row][slot]).sum();
        return (slot == RENDERS ? sum : sum / 1e6) / walks.size();
    }

    /** The mean of a slot over whole chains. */
    double chainMean(int slot) {
        double total = 0;
        for (int row = 0; row < Walk.STEPS.size(); row++) {
            total += mean(row, slot);
        }
        return total;
    }
}
