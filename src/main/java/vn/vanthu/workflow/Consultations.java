package vn.vanthu.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;

/** Xin ý kiến: who was asked, by when, what they answered, and how the drafter took it. */
@Repository
class Consultations {

    /** One consulted agency's row. */
    record Answer(String agency, LocalDate dueOn, String answer, String comment, String answeredBy, Boolean accepted,
            String explanation) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Consultations(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void open(UUID dispatch, List<String> agencies, LocalDate due) {
        for (String agency : agencies) {
            jdbc.update("insert into consultation (dispatch_id, agency_id, due_on) values (?, ?, ?) "
                    + "on conflict (dispatch_id, agency_id) do update set due_on = excluded.due_on",
                    dispatch, agency, Date.valueOf(due));
        }
    }

    void answer(UUID dispatch, String agency, Decision decision, String comment, String actor) {
        jdbc.update("update consultation set answer = ?, comment = ?, answered_by = ?, answered_at = now() "
                + "where dispatch_id = ? and agency_id = ?", decision == Decision.AGREE ? "AGREED" : "COMMENTED",
                comment == null || comment.isBlank() ? null : comment, actor, dispatch, agency);
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

    /** The drafter's take on each comment: accepted, or explained why not. */
    void explain(UUID dispatch, String explanations) {
        List<Map<String, Object>> items;
        try {
            items = json.readValue(explanations, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new DecisionRefused("explanations", "bảng giải trình không phải JSON hợp lệ");
        }
        for (Map<String, Object> item : items) {
            jdbc.update("update consultation set accepted = ?, explanation = ? where dispatch_id = ? and agency_id = ?",
                    item.get("accepted") == null ? null : Boolean.valueOf(item.get("accepted").toString()),
                    item.get("explanation"), dispatch, String.valueOf(item.get("agency")));
        }
    }

    List<Answer> of(UUID dispatch) {
        return jdbc.query("select agency_id, due_on, answer, comment, answered_by, accepted, explanation "
                + "from consultation where dispatch_id = ? order by agency_id", (rs, row) -> new Answer(
                rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5),
                (Boolean) rs.getObject(6), rs.getString(7)), dispatch);
    }
}
