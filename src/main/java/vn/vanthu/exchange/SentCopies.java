package vn.vanthu.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vanthu.exchange.edxml.StatusCode;
import vn.vanthu.exchange.edxml.StatusMessage;

/** The sender's copies and their statuses; a status moves a copy only forward (CopyState.follows). */
@Repository
class SentCopies {

    private static final Logger log = LoggerFactory.getLogger(SentCopies.class);
    private static final String COLUMNS = "id, dispatch_id, sender_agency, document_id, code, issued_on, subject, "
            + "recipient_kind, recipient_ref, recipient_organ, recipient_name, status, recall_reason";

    private final JdbcTemplate jdbc;

    SentCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SentCopy c) {
        jdbc.update("insert into sent_copy (id, dispatch_id, sender_agency, document_id, code, issued_on, subject, "
                + "recipient_kind, recipient_ref, recipient_organ, recipient_name, status, status_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())", c.id(), c.dispatchId(), c.senderAgency(),
                c.documentId(), c.code(), c.issuedOn(), c.subject(), c.kind().name(), c.ref(), c.organId(), c.name(),
                c.state().name());
        event(c.id(), c.state(), null, null, null);
    }

    boolean exist(UUID dispatchId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from sent_copy where dispatch_id = ?)",
                Boolean.class, dispatchId));
    }

    /** The agency that sent the dispatch, if it was sent. */
    Optional<String> sender(UUID dispatchId) {
        return jdbc.queryForList("select sender_agency from sent_copy where dispatch_id = ? limit 1", String.class,
                dispatchId).stream().findFirst();
    }

    List<SentCopy> of(UUID dispatchId) {
        return jdbc.query("select " + COLUMNS + " from sent_copy where dispatch_id = ? order by recipient_kind, "
                + "recipient_name", SentCopies::copy, dispatchId);
    }

    /** Moves the copy to the state if it follows the current one; every status is kept in the history. */
    void move(UUID copyId, CopyState state, String code, String reason, String staff) {
        CopyState current = jdbc.query("select status from sent_copy where id = ? for update",
                (rs, row) -> CopyState.valueOf(rs.getString(1)), copyId).stream().findFirst().orElseThrow();
        if (state.follows(current)) {
            jdbc.update("update sent_copy set status = ?, status_reason = ?, status_at = now() where id = ?",
                    state.name(), reason, copyId);
        }
        event(copyId, state, code, reason, staff);
    }

    /** A recipient's status answer, matched by DocumentId and the answering organ; false when no copy matches. */
    boolean answered(StatusMessage s) {
        Optional<UUID> copy = jdbc.queryForList("select id from sent_copy where document_id = ? and recipient_organ = ?",
                UUID.class, s.responseFor().documentId(), s.from().organId()).stream().findFirst();
        if (copy.isEmpty()) {
            log.warn("Trạng thái {} từ {} về văn bản {} không khớp bản gửi nào; bỏ qua", s.code().code(),
                    s.from().organId(), s.responseFor().documentId());
            return false;
        }
        String staff = s.staff() == null ? null : s.staff().staff();
        if (s.code() == StatusCode.RECALL_AGREED || s.code() == StatusCode.RECALL_REFUSED) {
            jdbc.update("update sent_copy set recall_answer = ?, recall_answer_reason = ? where id = ?",
                    s.code() == StatusCode.RECALL_AGREED ? "AGREED" : "REFUSED", s.description(), copy.get());
        }
        CopyState state = CopyState.of(s.code());
        if (state == null) {
            jdbc.update("insert into sent_copy_event (copy_id, status, status_code, reason, staff, at) "
                    + "select id, status, ?, ?, ?, now() from sent_copy where id = ?", s.code().code(), s.description(),
                    staff, copy.get());
        } else {
            move(copy.get(), state, s.code().code(), s.description(), staff);
        }
        return true;
    }

    void recalled(UUID dispatchId, String reason) {
        jdbc.update("update sent_copy set recall_reason = ?, recalled_at = now() where dispatch_id = ?", reason, dispatchId);
    }

    void replaced(UUID dispatchId, UUID by) {
        jdbc.update("update sent_copy set replaced_by = ? where dispatch_id = ?", by, dispatchId);
    }

    /** Everything the sender's status list shows, history included (two queries, however many recipients). */
    List<CopyStatus> statuses(UUID dispatchId) {
        Map<UUID, List<CopyStatus.Event>> history = new HashMap<>();
        jdbc.query("select e.copy_id, e.status, e.status_code, e.reason, e.staff, e.at from sent_copy_event e "
                + "join sent_copy c on c.id = e.copy_id where c.dispatch_id = ? order by e.id", rs -> {
                    history.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CopyStatus.Event(CopyState.valueOf(rs.getString(2)), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                }, dispatchId);
        return jdbc.query("select id, recipient_name, recipient_kind, recipient_ref, status, status_reason, status_at, "
                + "recall_reason, recall_answer, recall_answer_reason from sent_copy where dispatch_id = ? "
                + "order by recipient_kind, recipient_name", (rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    CopyState state = CopyState.valueOf(rs.getString("status"));
                    return new CopyStatus(id, rs.getString("recipient_name"),
                            Recipient.Kind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_ref"), state,
                            state.label(), rs.getString("status_reason"), rs.getTimestamp("status_at").toInstant(),
                            rs.getString("recall_reason"), rs.getString("recall_answer"),
                            rs.getString("recall_answer_reason"), List.copyOf(history.getOrDefault(id, List.of())));
                }, dispatchId);
    }

    private void event(UUID copyId, CopyState state, String code, String reason, String staff) {
        jdbc.update("insert into sent_copy_event (copy_id, status, status_code, reason, staff, at) values (?, ?, ?, ?, ?, ?)",
                copyId, state.name(), code, reason, staff, Timestamp.from(Instant.now()));
    }

    private static SentCopy copy(ResultSet rs, int row) throws SQLException {
        return new SentCopy(rs.getObject("id", UUID.class), rs.getObject("dispatch_id", UUID.class),
                rs.getString("sender_agency"), rs.getString("document_id"), rs.getString("code"),
                rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("subject"),
                Recipient.Kind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_ref"),
                rs.getString("recipient_organ"), rs.getString("recipient_name"), CopyState.valueOf(rs.getString("status")),
                rs.getString("recall_reason"));
    }
}
