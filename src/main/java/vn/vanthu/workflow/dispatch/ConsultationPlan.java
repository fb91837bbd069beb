package vn.vanthu.workflow.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vanthu.platform.TransactionMemo;

/**
 * The agencies a dispatch consults and the working days they have, fixed by the server when the chain starts
 * (never by a client), and the deadline once the consultation opened.
 */
@Repository
public class ConsultationPlan {

    private final JdbcTemplate jdbc;
    /** The chain's questions (the BPMN's collection, the step's labels) ask for the agencies several times a step. */
    private final TransactionMemo reads = new TransactionMemo();

    ConsultationPlan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fixes the agencies to consult and their working days. */
    public void fix(UUID dispatch, List<String> agencies, int days) {
        jdbc.update("update dispatch set consulted = ?, consultation_days = ? where id = ?",
                agencies.toArray(String[]::new), days, dispatch);
        reads.forget("consulted", dispatch);
    }

    /** The agencies to consult (empty: no consultation). */
    public List<String> agencies(UUID dispatch) {
        return reads.get("consulted", dispatch, () -> List.copyOf(
                jdbc.queryForList("select unnest(consulted) from dispatch where id = ?", String.class, dispatch)));
    }

    /** The working days the consulted agencies have. */
    public int days(UUID dispatch) {
        Integer days = jdbc.queryForObject("select consultation_days from dispatch where id = ?", Integer.class,
                dispatch);
        return days == null ? 0 : days;
    }

    /** The consultation's deadline (the due day), once the consultation was opened. */
    public Optional<LocalDate> due(UUID dispatch) {
        return Optional.ofNullable(jdbc.queryForObject("select min(due_on) from consultation where dispatch_id = ?",
                LocalDate.class, dispatch));
    }
}
