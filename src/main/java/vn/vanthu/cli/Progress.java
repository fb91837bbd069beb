package vn.vanthu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for batches: redrawn in place with \r on a terminal, and one line per 10 %
 * otherwise, so a log file or CI output is not flooded with thousands of redraws.
 */
final class Progress {

    private static final int WIDTH = 10;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private int done;
    private int lastDecile;
    private int drawnLength;

    Progress(PrintWriter err, int total, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** Prints a message line (an error of one file) without tearing the bar. */
    void println(String line) {
        if (terminal && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        }
        err.println(line);
        err.flush();
    }

    /** One more file is done. */
    void step() {
        done++;
        if (terminal) {
            String bar = line();
            err.print("\r" + bar + " ".repeat(Math.max(0, drawnLength - bar.length())));
            drawnLength = bar.length();
            if (done == total) {
                err.println();
                drawnLength = 0;
            }
        } else {
            int decile = done * 10 / total;
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(line());
            }
        }
        err.flush();
    }

    /** The bar as text, e.g. "[####......] 42/100  12.3 docs/s  ETA 5s". */
    String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double seconds = Math.max(1e-9, (nanoClock.getAsLong() - start) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 ? Math.round((total - done) / rate) + "s" : "?";
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f docs/s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, rate, eta);
    }
}
