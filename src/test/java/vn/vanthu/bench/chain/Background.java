package vn.vanthu.bench.chain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database server was doing on its own when each measured cell started: writing a checkpoint (spread
 * over minutes, so it runs under many cells) or vacuuming. Why: that work, left by earlier cells, slows the peer,
 * which is almost all commits, more than the real chain, and so lifts every ratio of the run (docs/BENCHMARKS.md,
 * "The ratio on a fast machine"); the summary says how much of the run it touched.
 */
final class Background {

    private final JdbcTemplate jdbc;
    private int cells;
    private int checkpoint;
    private int vacuum;

    Background(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks at the server's own processes as a measured cell starts. */
    synchronized void cellStarts() {
        List<String> busy = jdbc.queryForList("select backend_type || ':' || coalesce(wait_event, '') "
                + "from pg_stat_activity where backend_type in ('checkpointer', 'autovacuum worker')", String.class);
        cells++;
        checkpoint += busy.contains("checkpointer:CheckpointWriteDelay") ? 1 : 0;
        vacuum += busy.stream().anyMatch(b -> b.startsWith("autovacuum worker")) ? 1 : 0;
    }

    /** One line for the summary. */
    synchronized String summary() {
        return String.format("- the database was writing a checkpoint when %d of the %d measured cells started, and"
                + " vacuuming at %d: work left by earlier cells, which slows the peer more than the real chain and"
                + " lifts the ratios%n", checkpoint, cells, vacuum);
    }
}
