package vn.vanthu.rendering;

import java.time.Duration;

/**
 * What one render may use: wall-clock time (waiting for a turn included), memory (bytes the rendering
 * thread allocates, an upper bound on what the render can hold), and how many renders run at once
 * (so that the heap never has to hold more than {@code concurrent × megabytes}).
 */
public record RenderBudget(Duration time, long megabytes, int concurrent) {

    /**
     * Far above any real document (a 100-page Báo cáo renders in about 1 s and allocates about 0.4 GB on
     * 2 cores), far below what brings a server down; one render per core, since renders only compute.
     */
    public static final RenderBudget DEFAULT =
            new RenderBudget(Duration.ofSeconds(30), 1024, Runtime.getRuntime().availableProcessors());

    /** Checks that every limit is positive. */
    public RenderBudget(Duration time, long megabytes, int concurrent) {
        if (time == null || time.isNegative() || time.isZero() || megabytes <= 0 || concurrent <= 0) {
            throw new IllegalArgumentException("a render budget needs a positive time, memory and concurrency: "
                    + time + ", " + megabytes + " MB, " + concurrent);
        }
        this.time = time;
        this.megabytes = megabytes;
        this.concurrent = concurrent;
    }
}
