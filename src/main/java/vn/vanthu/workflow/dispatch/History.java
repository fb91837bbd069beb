package vn.vanthu.workflow.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The decisions and comments of a dispatch, in the order they were made, each with the version decided on. */
@Repository
public class History {

    /** One decision at one step (a system step's actor is "system"); version is null when none applied. */
    public record Entry(String step, String actor, String decision, String comment, Integer version,
            String versionSha256, Instant at) {
    }

    private final JdbcTemplate jdbc;

    History(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision made on a version (number and PDF hash), or on none. */
    public void record(UUID dispatch, String step, String actor, String decision, String comment, Integer version,
            String versionSha256) {
        jdbc.update("insert into dispatch_event (dispatch_id, step, actor, decision, comment, version, version_sha256, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, now())", dispatch, step, actor, decision,
                comment == null || comment.isBlank() ? null : comment, version, versionSha256);
    }

    /** Every decision on the dispatch, oldest first. */
    public List<Entry> of(UUID dispatch) {
        return jdbc.query("select step, actor, decision, comment, version, version_sha256, created_at "
                + "from dispatch_event where dispatch_id = ? order by id", (rs, row) -> new Entry(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6),
                rs.getTimestamp(7).toInstant()), dispatch);
    }

    /** The version the last decision at a step was made on, if any (e.g. the draft sent for comments). */
    public java.util.Optional<Integer> versionAt(UUID dispatch, String step) {
        return jdbc.query("select version from dispatch_event where dispatch_id = ? and step = ? and version is not null "
                + "order by id desc limit 1", (rs, row) -> rs.getInt(1), dispatch, step).stream().findFirst();
    }

    /** Who made the last decision of this kind (e.g. the văn thư who chose "issue"), if anyone. */
    public String lastActor(UUID dispatch, String decision) {
        return jdbc.query("select actor from dispatch_event where dispatch_id = ? and decision = ? order by id desc "
                + "limit 1", (rs, row) -> rs.getString(1), dispatch, decision).stream().findFirst().orElse("system");
    }
}
