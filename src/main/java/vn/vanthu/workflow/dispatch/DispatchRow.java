package vn.vanthu.workflow.dispatch;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import vn.vanthu.document.Dispatch;
import vn.vanthu.workflow.DispatchState;

/**
 * A dispatch's row as read ({@link DispatchStore#COLUMNS}), immutable, so a transaction can keep it and hand
 * each reader a case of its own to change; {@code underDecision} is not part of the case (the store answers it).
 */
record DispatchRow(UUID id, String agencyId, String drafter, String chain, Instant createdAt, DispatchState state,
        Dispatch document, Dispatch submission, String signer, String submissionSigner, String processInstanceId,
        String issuedSymbol, LocalDate issuedOn, int lockVersion, Integer underDecision) {

    static DispatchRow read(ResultSet rs, Function<String, Dispatch> parse) throws SQLException {
        Date issuedOn = rs.getDate("issued_on");
        String submission = rs.getString("submission");
        return new DispatchRow(rs.getObject("id", UUID.class), rs.getString("agency_id"), rs.getString("drafter"),
                rs.getString("chain"), rs.getTimestamp("created_at").toInstant(),
                DispatchState.valueOf(rs.getString("state")), parse.apply(rs.getString("document")),
                submission == null ? null : parse.apply(submission), rs.getString("signer"),
                rs.getString("submission_signer"), rs.getString("process_instance_id"), rs.getString("issued_symbol"),
                issuedOn == null ? null : issuedOn.toLocalDate(), rs.getInt("lock_version"),
                rs.getObject("under_decision", Integer.class));
    }

    /** A case of its own for the reader, to change and save. */
    DispatchCase toCase() {
        return new DispatchCase(id, agencyId, drafter, chain, createdAt, state, document, submission, signer,
                submissionSigner, processInstanceId, issuedSymbol, issuedOn, lockVersion);
    }
}
