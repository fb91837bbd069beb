package vn.vanthu.bench;

import java.util.Arrays;

/** Throughput, latency and CPU figures of one pipeline/document/thread-count cell, summed over its rounds. */
public final class Stats {

    private long ops;
    private long wallNanos;
    private long cpuNanos;
    private long[] latencies = new long[0];
    private double minRate = Double.MAX_VALUE;
    private double maxRate;
    private long failures;
    private long threadCpuNanos;

    /** Adds one timed round: operations done, its wall time, process CPU time and per-operation latencies. */
    public void add(long roundOps, long roundWall, long roundCpu, long[] roundLatencies) {
        ops += roundOps;
        wallNanos += roundWall;
        cpuNanos += roundCpu;
        double rate = roundOps * 1e9 / roundWall;
        minRate = Math.min(minRate, rate);
        maxRate = Math.max(maxRate, rate);
        long[] merged = Arrays.copyOf(latencies, latencies.length + roundLatencies.length);
        System.arraycopy(roundLatencies, 0, merged, latencies.length, roundLatencies.length);
        latencies = merged;
    }

    /** Operations completed per second of wall time, over all rounds. */
    public double perSecond() {
        return ops * 1e9 / wallNanos;
    }

    /** Lowest per-round rate; with the highest it shows how much the shared machine disturbed the cell. */
    public double minPerSecond() {
        return minRate;
    }

    /** Highest per-round rate. */
    public double maxPerSecond() {
        return maxRate;
    }

    /** Process CPU time (all JVM threads, GC and JIT included) per operation, in ms. */
    public double cpuMsPerOp() {
        return cpuNanos / 1e6 / ops;
    }

    /** The latency at quantile q (0..1) in ms, nearest-rank. */
    public double percentileMs(double q) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }

    /** Adds the CPU time the calling threads themselves spent in the operations (no GC or JIT threads). */
    public void threadCpu(long nanos) {
        threadCpuNanos += nanos;
    }

    /**
     * CPU time of the calling threads per operation, in ms: the figure other load on the machine disturbs
     * least, since time spent waiting for a core is not counted.
     */
    public double threadCpuMsPerOp() {
        return threadCpuNanos / 1e6 / ops;
    }

    /** Records calls that threw; they count in no other figure. */
    public void failed(long calls) {
        failures += calls;
    }

    /** Calls that threw instead of producing a PDF. */
    public long failures() {
        return failures;
    }

    /** How many operations the figures rest on. */
    public long ops() {
        return ops;
    }
}
