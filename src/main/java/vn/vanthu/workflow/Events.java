package vn.vanthu.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The decisions and comments of a dispatch, in the order they were made. */
@Repository
class Events {

    /** One decision at one step. */
    record Event(String step, String actor, String decision, String comment, Instant at) {
    }

    private final JdbcTemplate jdbc;

    Events(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID dispatch, String step, String actor, String decision, String comment) {
        jdbc.update("insert into dispatch_event (dispatch_id, step, actor, decision, comment, created_at) "
                + "values (?, ?, ?, ?, ?, now())", dispatch, step, actor, decision, comment);
    }

    List<Event> of(UUID dispatch) {
        return jdbc.query("select step, actor, decision, comment, created_at from dispatch_event where dispatch_id = ? "
                + "order by id", (rs, row) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant()), dispatch);
    }

    /** The last thing said when the draft was sent back, for the drafter's form. */
    String lastReturnComment(UUID dispatch) {
        return jdbc.query("select comment from dispatch_event where dispatch_id = ? and decision = 'return' "
                + "order by id desc limit 1", (rs, row) -> rs.getString(1), dispatch).stream().findFirst().orElse(null);
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
