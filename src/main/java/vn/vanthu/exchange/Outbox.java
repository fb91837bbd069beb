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
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.platform.Sha256;

/**
 * The outbox table: a message is written in the same transaction as what caused it (the send, the
 * status change), then drained; a failed attempt waits its back-off, and after the last one the message
 * stays FAILED — an incident the văn thư sees and can send again.
 */
@Repository
class Outbox {

    /** A message with its PDF, when one was cut out of its payload (V21). */
    private static final String SELECT = "select m.id, m.agency_id, m.copy_id, m.kind, m.channel, m.destination, "
            + "m.subject, m.payload, m.pdf_sha256, m.pdf_at, m.pdf_base64, p.pdf, m.state, m.attempts, m.last_error, "
            + "m.created_at "
            + "from outbox_message m left join outbox_pdf p on p.sha256 = m.pdf_sha256 ";

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long enqueue(String agencyId, UUID copyId, OutboxMessage.Kind kind, OutboxMessage.Channel channel,
            String destination, String subject, byte[] payload) {
        return enqueue(agencyId, copyId, kind, channel, destination, subject, payload, null);
    }

    /** A PDF the messages of one sending carry, kept once (V21): its SHA-256 made once for them all. */
    record SharedPdf(byte[] pdf, String sha256) {
    }

    /** Keeps the PDF the messages about to be enqueued carry (once, whatever number of them). */
    SharedPdf keep(byte[] pdf) {
        String sha256 = Sha256.hex(pdf);
        jdbc.update("insert into outbox_pdf (sha256, pdf) values (?, ?) on conflict (sha256) do nothing", sha256, pdf);
        return new SharedPdf(pdf, sha256);
    }

    /** A message whose payload carries a kept PDF, as is or in base64: the message keeps only its own bytes. */
    long enqueue(String agencyId, UUID copyId, OutboxMessage.Kind kind, OutboxMessage.Channel channel,
            String destination, String subject, byte[] payload, SharedPdf pdf) {
        StoredPayload stored = pdf == null ? StoredPayload.whole(payload)
                : StoredPayload.of(payload, pdf.pdf());
        return insert(agencyId, copyId, kind, channel, destination, subject, stored, pdf);
    }

    /** A package written with its kept PDF apart ({@link EdXml#writeApart}): nothing to cut out. */
    long enqueue(String agencyId, UUID copyId, OutboxMessage.Kind kind, OutboxMessage.Channel channel,
            String destination, String subject, EdXml.Apart written, SharedPdf pdf) {
        StoredPayload stored = written.at() < 0 ? StoredPayload.whole(written.own())
                : new StoredPayload(written.own(), pdf.pdf(), written.at(), true);
        return insert(agencyId, copyId, kind, channel, destination, subject, stored, pdf);
    }

    private long insert(String agencyId, UUID copyId, OutboxMessage.Kind kind, OutboxMessage.Channel channel,
            String destination, String subject, StoredPayload stored, SharedPdf pdf) {
        String sha256 = stored.pdf() == null ? null : pdf.sha256();
        Long id = jdbc.queryForObject("""
                insert into outbox_message (agency_id, copy_id, kind, channel, destination, subject, payload, pdf_sha256,
                    pdf_at, pdf_base64, state, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', now(), now()) returning id""",
                Long.class, agencyId, copyId, kind.name(), channel.name(), destination, subject, stored.own(), sha256,
                sha256 == null ? null : stored.at(), sha256 == null ? null : stored.base64());
        return id == null ? 0 : id;
    }

    /** The oldest due message after {@code afterId}, locked for the caller's transaction; other drainers skip it. */
    Optional<OutboxMessage> claim(long afterId) {
        return jdbc.query(SELECT + "where m.state = 'PENDING' and m.next_attempt_at <= now() and m.id > ? order by m.id "
                + "limit 1 for update of m skip locked", Outbox::message, afterId).stream().findFirst();
    }

    void delivered(long id) {
        jdbc.update("update outbox_message set state = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), "
                + "last_error = null where id = ?", id);
    }

    /**
     * Records a failed attempt: the message waits until {@code next}, or becomes an incident when next is null.
     * Returns false when the message is no longer waiting (delivered meanwhile by another drainer).
     */
    boolean failed(long id, String error, Instant next) {
        return jdbc.update("update outbox_message set attempts = attempts + 1, last_error = ?, state = ?, "
                + "next_attempt_at = coalesce(?, next_attempt_at) where id = ? and state = 'PENDING'", error,
                next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next), id) == 1;
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.query(SELECT + "where m.id = ?", Outbox::message, id).stream().findFirst();
    }

    /** A delivery that gave up, as the văn thư's list shows it: its payload is not read. */
    record Incident(long id, OutboxMessage.Kind kind, OutboxMessage.Channel channel, String destination,
            String subject, int attempts, String lastError, Instant createdAt) {
    }

    /** The agency whose outbox holds the message. */
    Optional<String> agencyOf(long id) {
        return jdbc.queryForList("select agency_id from outbox_message where id = ?", String.class, id).stream()
                .findFirst();
    }

    /** The agency's deliveries that gave up, newest first. */
    List<Incident> incidents(String agencyId) {
        return jdbc.query("select id, kind, channel, destination, subject, attempts, last_error, created_at "
                + "from outbox_message where agency_id = ? and state = 'FAILED' order by id desc",
                (rs, row) -> new Incident(rs.getLong("id"), OutboxMessage.Kind.valueOf(rs.getString("kind")),
                        OutboxMessage.Channel.valueOf(rs.getString("channel")), rs.getString("destination"),
                        rs.getString("subject"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant()), agencyId);
    }

    /** An incident goes back to the queue with a fresh count of attempts. */
    boolean retry(long id) {
        return jdbc.update("update outbox_message set state = 'PENDING', attempts = 0, next_attempt_at = now() "
                + "where id = ? and state = 'FAILED'", id) == 1;
    }

    /** The document package first sent for a copy: recalls are written from it. */
    Optional<byte[]> documentOf(UUID copyId) {
        return jdbc.query(SELECT + "where m.copy_id = ? and m.kind = 'DOCUMENT' order by m.id limit 1", Outbox::message,
                copyId).stream().findFirst().map(OutboxMessage::payload);
    }

    private static StoredPayload stored(ResultSet rs) throws SQLException {
        byte[] pdf = rs.getBytes("pdf");
        return pdf == null ? StoredPayload.whole(rs.getBytes("payload"))
                : new StoredPayload(rs.getBytes("payload"), pdf, rs.getInt("pdf_at"), rs.getBoolean("pdf_base64"));
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        StoredPayload stored = stored(rs);
        return new OutboxMessage(rs.getLong("id"), rs.getString("agency_id"), rs.getObject("copy_id", UUID.class),
                OutboxMessage.Kind.valueOf(rs.getString("kind")), OutboxMessage.Channel.valueOf(rs.getString("channel")),
                rs.getString("destination"), rs.getString("subject"), stored,
                stored.pdf() == null ? null : rs.getString("pdf_sha256"), rs.getString("state"),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant());
    }
}
