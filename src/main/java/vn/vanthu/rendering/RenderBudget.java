package vn.vanthu.rendering;

import java.time.Duration;

/**
 * What one render may use: wall-clock time (waiting for a turn included), memory (bytes the rendering
 * thread allocates, an upper bound on what the render can hold), and how many renders run at once
 * (so that the heap never has to hold more than {@code concurrent × megabytes}).
 */
public record RenderBudget(Duration time, long megabytes, int concurrent) {

    /**
     * Far above any real document (125 pages render in 1–3 s and allocate about 0.3 GB on 2 cores; the
     * seeds 16–23 MB), far below what brings a server down; one render per core, since renders only compute.
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
