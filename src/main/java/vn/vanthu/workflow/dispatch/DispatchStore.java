package vn.vanthu.workflow.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vanthu.platform.TransactionMemo;
import vn.vanthu.workflow.ChainProblem.DispatchNotFound;
import vn.vanthu.workflow.DispatchState;

/**
 * Dispatch cases in PostgreSQL, each document stored in the input format (docs/input-format.md); saving
 * checks the lock version so two writers cannot overwrite each other.
 */
@Repository
public class DispatchStore {

    static final String COLUMNS = "d.id, d.agency_id, d.drafter, d.chain, d.state, d.document, d.submission, d.signer, "
            + "d.submission_signer, d.process_instance_id, d.issued_symbol, d.issued_on, d.created_at, d.lock_version, "
            + "d.under_decision";

    private final JdbcTemplate jdbc;
    private final DispatchJson documents;
    /**
     * A step reads its dispatch five or six times (decision, listeners, delegate, labels): once per transaction.
     * Writing a case forgets all of it, since the case's process, and so its binding, may have changed.
     */
    private final TransactionMemo reads = new TransactionMemo();

    DispatchStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.documents = new DispatchJson(json);
    }

    /** Saves a new draft. */
    public void insert(DispatchCase c) {
        jdbc.update("insert into dispatch (id, agency_id, drafter, chain, state, document, created_at, updated_at, "
                + "lock_version) values (?, ?, ?, ?, ?, ?::jsonb, ?, now(), 0)", c.id(), c.agencyId(), c.drafter(),
                c.chain(), c.state().name(), documents.write(c.document()), java.sql.Timestamp.from(c.createdAt()));
        reads.forgetAll();
    }

    /** Saves a changed case; fails if someone saved it since it was read. */
    public void update(DispatchCase c) {
        int rows = jdbc.update("update dispatch set state = ?, document = ?::jsonb, submission = ?::jsonb, signer = ?, "
                + "submission_signer = ?, process_instance_id = ?, issued_symbol = ?, issued_on = ?, updated_at = now(), "
                + "lock_version = lock_version + 1 where id = ? and lock_version = ?",
                c.state().name(), documents.write(c.document()), documents.write(c.submission()), c.signer(),
                c.submissionSigner(), c.processInstanceId(), c.issuedSymbol(),
                c.issuedOn() == null ? null : Date.valueOf(c.issuedOn()), c.id(), c.lockVersion());
        reads.forgetAll();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("dispatch " + c.id() + " was changed by someone else");
        }
        c.saved();
    }

    /** The case, if it exists. */
    public Optional<DispatchCase> find(UUID id) {
        return reads.get("case", id, () -> remembered(jdbc.query(
                "select " + COLUMNS + " from dispatch d where d.id = ?", this::row, id).stream().findFirst()))
                .map(DispatchRow::toCase);
    }

    /** The case, or DispatchNotFound. */
    public DispatchCase get(UUID id) {
        return find(id).orElseThrow(() -> new DispatchNotFound(id));
    }

    /**
     * The case a process instance runs for. The binding is written by the server when the chain starts,
     * so no process variable a client could touch decides which dispatch a step acts on.
     */
    public DispatchCase ofProcess(String processInstanceId) {
        return reads.get("case of process", processInstanceId, () -> remembered(jdbc.query("select " + COLUMNS
                + " from dispatch d where d.process_instance_id = ?", this::row, processInstanceId).stream()
                .findFirst())).map(DispatchRow::toCase).orElseThrow(() -> unbound(processInstanceId));
    }

    /**
     * A row read by one key answers the others for the rest of the transaction: a decision asks by id, the step's
     * listeners and expressions by process, about the same row, and the version under decision with it (seed 002's
     * chain read the row 51 times, now 44).
     */
    private Optional<DispatchRow> remembered(Optional<DispatchRow> read) {
        read.ifPresent(r -> {
            reads.remember("case", r.id(), read);
            reads.remember("under decision", r.id(), Optional.ofNullable(r.underDecision()));
            if (r.processInstanceId() != null) {
                reads.remember("case of process", r.processInstanceId(), read);
                reads.remember("binding", r.processInstanceId(), Optional.of(new Binding(r.id(), r.agencyId(),
                        r.drafter(), r.signer(), r.submissionSigner())));
            }
        });
        return read;
    }

    /** Who and whose a process instance's dispatch names, without reading its documents (the BPMN's questions). */
    Binding bindingOf(String processInstanceId) {
        return reads.get("binding", processInstanceId, () -> jdbc.query("select id, agency_id, drafter, signer, "
                + "submission_signer from dispatch where process_instance_id = ?", (rs, n) -> new Binding(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                processInstanceId).stream().findFirst()).orElseThrow(() -> unbound(processInstanceId));
    }

    /** The scalar columns of a dispatch that decide who acts on it. */
    record Binding(UUID id, String agencyId, String drafter, String signer, String submissionSigner) {
    }

    /** The cases bound to these process instances (one query for a whole task list). */
    public List<DispatchCase> ofProcesses(java.util.Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from dispatch d where d.process_instance_id = any (?)", this::read,
                (Object) processInstanceIds.toArray(String[]::new));
    }

    /** The cases matching a WHERE clause over "d" (see {@link Visibility}), newest first. */
    List<DispatchCase> where(String condition, Object... args) {
        return jdbc.query("select " + COLUMNS + " from dispatch d where " + condition + " order by d.created_at desc",
                this::read, args);
    }

    /** Records the văn bản đến a reply draft answers (from the agency's own sổ văn bản đến, never a client). */
    public void answers(UUID id, UUID incomingId) {
        jdbc.update("update dispatch set answers = ? where id = ?", incomingId, id);
    }

    /** The văn bản đến the dispatch answers, if it is a reply. */
    public Optional<UUID> answers(UUID id) {
        return jdbc.queryForList("select answers from dispatch where id = ? and answers is not null", UUID.class, id)
                .stream().findFirst();
    }

    /** Marks the version the open step decides on. */
    public void underDecision(UUID id, int version) {
        jdbc.update("update dispatch set under_decision = ? where id = ?", version, id);
        reads.forget("under decision", id);
    }

    /** The version the open step decides on, if one was marked. */
    public Optional<Integer> underDecision(UUID id) {
        return reads.get("under decision", id, () -> Optional.ofNullable(jdbc.queryForObject(
                "select under_decision from dispatch where id = ?", Integer.class, id)));
    }

    private DispatchCase read(ResultSet rs, int row) throws SQLException {
        return row(rs, row).toCase();
    }

    private DispatchRow row(ResultSet rs, int row) throws SQLException {
        return DispatchRow.read(rs, documents::read);
    }

    private static IllegalStateException unbound(String processInstanceId) {
        return new IllegalStateException("no dispatch for process instance " + processInstanceId);
    }
}
