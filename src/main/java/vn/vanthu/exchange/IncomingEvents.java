package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What happened to a văn bản đến, step by step, with who decided and why: what the forms show. */
@Repository
class IncomingEvents {

    /** One step's decision. */
    record Event(String step, String actor, String decision, String comment, Instant at) {
    }

    private final JdbcTemplate jdbc;

    IncomingEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID incoming, String step, String actor, String decision, String comment) {
        jdbc.update("insert into incoming_event (incoming_id, step, actor, decision, comment, at) values (?, ?, ?, ?, ?, now())",
                incoming, step, actor, decision, comment);
    }

    List<Event> of(UUID incoming) {
        return jdbc.query("select step, actor, decision, comment, at from incoming_event where incoming_id = ? order by id",
                (rs, row) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), incoming);
    }
}
