package vn.vanthu.exchange;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.platform.Sha256;

/**
 * Văn bản đến in PostgreSQL (V17); saving checks the lock version. The package and PDF are read only on demand;
 * a PDF many copies carry is kept once (V22).
 */
@Repository
class IncomingStore {

    private static final String COLUMNS = "id, agency_id, document_id, sender_organ, sender_name, sender_agency, code, "
            + "issued_on, place, type_name, subject, signer, priority, state, refusal_reason, register_year, "
            + "register_number, registered_on, registered_by, handler, answer_needed, due_on, assigned_by, completed_at, "
            + "completion_note, reply_wanted, recalled_at, recall_reason, recall_answer, recall_answer_reason, "
            + "replaced_by, process_instance_id, received_at, lock_version";

    private final JdbcTemplate jdbc;

    IncomingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the package as it came: its own bytes, and its PDF once for every copy that carries it (V22); a
     * package whose PDF could not be cut out comes whole. {@code pdf} is the package's attachment;
     * {@code outboxPdf} its key among the outbox's PDFs when it came from there (V21), else null.
     */
    void insert(IncomingDocument d, StoredPayload stored, byte[] pdf, String outboxPdf) {
        IncomingFacts f = d.facts;
        String sha256 = pdf == null ? null : outboxPdf != null ? outboxPdf : Sha256.hex(pdf);
        if (stored.pdf() != null && outboxPdf != null) {
            // copied inside the database (the message's row holds the key, a foreign key): the PDF is neither
            // hashed again nor sent back to the database once more for every copy
            jdbc.update("insert into incoming_pdf (sha256, pdf) select sha256, pdf from outbox_pdf where sha256 = ? "
                    + "on conflict (sha256) do nothing", outboxPdf);
        } else if (stored.pdf() != null) {
            jdbc.update("insert into incoming_pdf (sha256, pdf) values (?, ?) on conflict (sha256) do nothing", sha256,
                    pdf);
        }
        jdbc.update("insert into incoming_document (id, agency_id, document_id, sender_organ, sender_name, sender_agency, "
                + "code, issued_on, place, type_name, subject, signer, priority, package, package_pdf_at, pdf_sha256, "
                + "state, received_at, process_instance_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id, d.agencyId, f.documentId(),
                f.senderOrgan(), f.senderName(), f.senderAgency(), f.code(), Date.valueOf(f.issuedOn()), f.place(),
                f.typeName(), f.subject(), f.signer(), f.priority(), stored.own(), stored.pdf() == null ? null
                        : stored.at(), sha256, d.state.name(), Timestamp.from(d.receivedAt), d.processInstanceId);
    }

    void update(IncomingDocument d) {
        int rows = jdbc.update("update incoming_document set state = ?, refusal_reason = ?, register_year = ?, "
                + "register_number = ?, registered_on = ?, registered_by = ?, handler = ?, answer_needed = ?, due_on = ?, "
                + "assigned_by = ?, completed_at = ?, completion_note = ?, reply_wanted = ?, recalled_at = ?, "
                + "recall_reason = ?, recall_answer = ?, recall_answer_reason = ?, replaced_by = ?, "
                + "process_instance_id = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?",
                d.state.name(), d.refusalReason, d.registerYear, d.registerNumber, date(d.registeredOn), d.registeredBy,
                d.handler, d.answerNeeded, date(d.dueOn), d.assignedBy, time(d.completedAt), d.completionNote,
                d.replyWanted, time(d.recalledAt), d.recallReason, d.recallAnswer, d.recallAnswerReason, d.replacedBy,
                d.processInstanceId, d.id, d.lockVersion);
        if (rows != 1) {
            throw new OptimisticLockingFailureException("văn bản đến " + d.id + " vừa được người khác thay đổi");
        }
        d.lockVersion++;
    }

    Optional<IncomingDocument> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from incoming_document where id = ?", IncomingStore::read, id)
                .stream().findFirst();
    }

    /** The live (not refused) copy of a document at an agency. */
    Optional<IncomingDocument> live(String agencyId, String documentId) {
        return jdbc.query("select " + COLUMNS + " from incoming_document where agency_id = ? and document_id = ? "
                + "and state <> 'REFUSED'", IncomingStore::read, agencyId, documentId).stream().findFirst();
    }

    /** The agency's văn bản đến received in a year, registered ones in số đến order, then the others. */
    List<IncomingDocument> ofYear(String agencyId, int year) {
        return jdbc.query("select " + COLUMNS + " from incoming_document where agency_id = ? and "
                + "(register_year = ? or (register_year is null and extract(year from received_at) = ?)) "
                + "order by register_number nulls last, received_at", IncomingStore::read, agencyId, year, year);
    }

    /** The PDF the stored package carries; null when there is no such copy or its package carries none. */
    byte[] pdf(UUID id) {
        return stored(id).map(p -> p.pdf() != null ? p.pdf() : EdXml.read(p.own()) instanceof EdDocument doc
                && doc.attachment() != null ? doc.attachment().content() : null).orElse(null);
    }

    /** The package as it came, byte for byte. */
    byte[] edxml(UUID id) {
        return stored(id).map(StoredPayload::payload).orElseThrow(() -> new EmptyResultDataAccessException(1));
    }

    private Optional<StoredPayload> stored(UUID id) {
        return jdbc.query("select i.package, i.package_pdf_at, p.pdf from incoming_document i left join incoming_pdf p "
                + "on i.package_pdf_at is not null and p.sha256 = i.pdf_sha256 where i.id = ?", (rs, row) -> {
                    byte[] pdf = rs.getBytes("pdf");
                    return pdf == null ? StoredPayload.whole(rs.getBytes("package"))
                            : new StoredPayload(rs.getBytes("package"), pdf, rs.getInt("package_pdf_at"), true);
                }, id).stream().findFirst();
    }

    private static IncomingDocument read(ResultSet rs, int row) throws SQLException {
        IncomingFacts facts = new IncomingFacts(rs.getString("document_id"), rs.getString("sender_organ"),
                rs.getString("sender_name"), rs.getString("sender_agency"), rs.getString("code"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("place"), rs.getString("type_name"),
                rs.getString("subject"), rs.getString("signer"), rs.getInt("priority"));
        IncomingDocument d = new IncomingDocument(rs.getObject("id", UUID.class), rs.getString("agency_id"), facts,
                rs.getTimestamp("received_at").toInstant(), IncomingState.valueOf(rs.getString("state")));
        d.refusalReason = rs.getString("refusal_reason");
        d.registerYear = (Integer) rs.getObject("register_year");
        d.registerNumber = (Integer) rs.getObject("register_number");
        d.registeredOn = rs.getObject("registered_on", LocalDate.class);
        d.registeredBy = rs.getString("registered_by");
        d.handler = rs.getString("handler");
        d.answerNeeded = (Boolean) rs.getObject("answer_needed");
        d.dueOn = rs.getObject("due_on", LocalDate.class);
        d.assignedBy = rs.getString("assigned_by");
        d.completedAt = instant(rs.getTimestamp("completed_at"));
        d.completionNote = rs.getString("completion_note");
        d.replyWanted = (Boolean) rs.getObject("reply_wanted");
        d.recalledAt = instant(rs.getTimestamp("recalled_at"));
        d.recallReason = rs.getString("recall_reason");
        d.recallAnswer = rs.getString("recall_answer");
        d.recallAnswerReason = rs.getString("recall_answer_reason");
        d.replacedBy = rs.getObject("replaced_by", UUID.class);
        d.processInstanceId = rs.getString("process_instance_id");
        d.lockVersion = rs.getInt("lock_version");
        return d;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Timestamp time(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

}
