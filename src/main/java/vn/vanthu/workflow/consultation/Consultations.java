package vn.vanthu.workflow.consultation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Xin ý kiến: who was asked, by when, what they answered, and how the drafter took it. */
@Repository
public class Consultations {

    /** One consulted agency's row; answer is null until it answers or the deadline passes. */
    public record Answer(String agency, LocalDate dueOn, AnswerStatus answer, String comment, String answeredBy,
            Boolean accepted, String explanation) {
    }

    /** The drafter's take on one agency's comment: accepted into the text, or explained why not. */
    public record Reception(String agency, boolean accepted, String explanation) {
    }

    private final JdbcTemplate jdbc;

    Consultations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks the agencies, all with the same due day; asking again (after a return) resets their answers. */
    void open(UUID dispatch, List<String> agencies, LocalDate due) {
        jdbc.update("delete from consultation where dispatch_id = ?", dispatch);
        for (String agency : agencies) {
            jdbc.update("insert into consultation (dispatch_id, agency_id, due_on) values (?, ?, ?)", dispatch, agency,
                    Date.valueOf(due));
        }
    }

    /** Records one agency's answer; false when it had answered already (or was not asked). */
    public boolean answer(UUID dispatch, String agency, AnswerStatus status, String comment, String actor) {
        return jdbc.update("update consultation set answer = ?, comment = ?, answered_by = ?, answered_at = now() "
                + "where dispatch_id = ? and agency_id = ? and answer is null", status.name(),
                comment == null || comment.isBlank() ? null : comment, actor, dispatch, agency) == 1;
    }

    /** The deadline passed: silence counts as agreement without comment, recorded as such. */
    int expire(UUID dispatch) {
        return jdbc.update("update consultation set answer = 'NO_ANSWER', answered_at = now() "
                + "where dispatch_id = ? and answer is null", dispatch);
    }

    int remind(UUID dispatch) {
        return jdbc.update("update consultation set reminded_at = now() where dispatch_id = ? and answer is null",
                dispatch);
    }

    /** The drafter's reception of each comment. */
    public void receive(UUID dispatch, List<Reception> receptions) {
        for (Reception r : receptions) {
            jdbc.update("update consultation set accepted = ?, explanation = ? where dispatch_id = ? and agency_id = ?",
                    r.accepted(), r.explanation() == null || r.explanation().isBlank() ? null : r.explanation().strip(),
                    dispatch, r.agency());
        }
    }

    /** Every consulted agency's row, in agency order. */
    public List<Answer> of(UUID dispatch) {
        return jdbc.query("select agency_id, due_on, answer, comment, answered_by, accepted, explanation "
                + "from consultation where dispatch_id = ? order by agency_id", (rs, row) -> new Answer(
                rs.getString(1), rs.getDate(2).toLocalDate(),
                rs.getString(3) == null ? null : AnswerStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7)), dispatch);
    }
}
