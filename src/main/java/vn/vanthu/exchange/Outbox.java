package vn.vanthu.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: a message is written in the same transaction as what caused it (the send, the
 * status change), then drained; a failed attempt waits its back-off, and after the last one the message
 * stays FAILED — an incident the văn thư sees and can send again.
 */
@Repository
class Outbox {

    private static final String COLUMNS = "id, agency_id, copy_id, kind, channel, destination, subject, payload, state, "
            + "attempts, last_error, created_at";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long enqueue(String agencyId, UUID copyId, OutboxMessage.Kind kind, OutboxMessage.Channel channel,
            String destination, String subject, byte[] payload) {
        Long id = jdbc.queryForObject("""
                insert into outbox_message (agency_id, copy_id, kind, channel, destination, subject, payload, state,
                    next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', now(), now()) returning id""",
                Long.class, agencyId, copyId, kind.name(), channel.name(), destination, subject, payload);
        return id == null ? 0 : id;
    }

    /** The oldest due message after {@code afterId}, locked for the caller's transaction; other drainers skip it. */
    Optional<OutboxMessage> claim(long afterId) {
        return jdbc.query("select " + COLUMNS + " from outbox_message where state = 'PENDING' and next_attempt_at <= now() "
                + "and id > ? order by id limit 1 for update skip locked", Outbox::message, afterId).stream().findFirst();
    }

    void delivered(long id) {
        jdbc.update("update outbox_message set state = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), "
                + "last_error = null where id = ?", id);
    }

    /** Records a failed attempt: the message waits until {@code next}, or becomes an incident when next is null. */
    void failed(long id, String error, Instant next) {
        jdbc.update("update outbox_message set attempts = attempts + 1, last_error = ?, state = ?, "
                + "next_attempt_at = coalesce(?, next_attempt_at) where id = ?", error,
                next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next), id);
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.query("select " + COLUMNS + " from outbox_message where id = ?", Outbox::message, id).stream()
                .findFirst();
    }

    /** The agency's deliveries that gave up, newest first. */
    List<OutboxMessage> incidents(String agencyId) {
        return jdbc.query("select " + COLUMNS + " from outbox_message where agency_id = ? and state = 'FAILED' "
                + "order by id desc", Outbox::message, agencyId);
    }

    /** An incident goes back to the queue with a fresh count of attempts. */
    boolean retry(long id) {
        return jdbc.update("update outbox_message set state = 'PENDING', attempts = 0, next_attempt_at = now() "
                + "where id = ? and state = 'FAILED'", id) == 1;
    }

    /** The document package first sent for a copy: recalls are written from it. */
    Optional<byte[]> documentOf(UUID copyId) {
        return jdbc.query("select payload from outbox_message where copy_id = ? and kind = 'DOCUMENT' order by id limit 1",
                (rs, row) -> rs.getBytes(1), copyId).stream().findFirst();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("agency_id"), rs.getObject("copy_id", UUID.class),
                OutboxMessage.Kind.valueOf(rs.getString("kind")), OutboxMessage.Channel.valueOf(rs.getString("channel")),
                rs.getString("destination"), rs.getString("subject"), rs.getBytes("payload"), rs.getString("state"),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant());
    }
}
