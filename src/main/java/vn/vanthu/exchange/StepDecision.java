package vn.vanthu.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.vanthu.exchange.ExchangeProblem.InvalidRequest;

/**
 * A completed receiving task's decision, checked: one the step offers, with its comment where it needs one.
 * The actor is the task's assignee (the engine's, not a variable).
 */
record StepDecision(DelegateTask task, String decision, String comment, String actor) {

    /** Decisions per step; those listed in NEEDS_COMMENT must say why. */
    static final Map<String, Set<String>> OFFERED = Map.of(
            Receiving.VAN_THU_TIEP_NHAN, Set.of("register", "refuse"),
            Receiving.LANH_DAO_PHAN_CONG, Set.of("assign"),
            Receiving.XU_LY, Set.of("complete"),
            Receiving.VAN_THU_TRA_LOI_THU_HOI, Set.of("agree", "refuse"));
    private static final Set<String> NEEDS_COMMENT = Set.of("refuse");
    /** Longest comment or reason a receiving step, or a recall, carries: as long as a decision's in the chain. */
    static final int MAX_COMMENT = 4_000;

    static StepDecision of(DelegateTask task) {
        Object raw = task.getVariable(Receiving.VAR_DECISION);
        String decision = raw == null ? "" : raw.toString().strip();
        Set<String> offered = OFFERED.getOrDefault(task.getTaskDefinitionKey(), Set.of());
        if (!offered.contains(decision)) {
            throw new InvalidRequest(Receiving.VAR_DECISION, "Bước này chỉ nhận: " + String.join(", ", offered));
        }
        Object rawComment = task.getVariable(Receiving.VAR_COMMENT);
        String comment = rawComment == null ? "" : rawComment.toString().strip();
        if (NEEDS_COMMENT.contains(decision) && comment.isEmpty()) {
            throw new InvalidRequest(Receiving.VAR_COMMENT, "Từ chối thì phải ghi rõ lý do");
        }
        // the comment is a process variable, which Camunda keeps in 4,000 characters: longer, the write fails
        if (rawComment != null && rawComment.toString().length() > MAX_COMMENT) {
            throw new InvalidRequest(Receiving.VAR_COMMENT, "Ý kiến dài tối đa " + MAX_COMMENT + " ký tự");
        }
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String actor = task.getAssignee() != null ? task.getAssignee() : auth == null ? "system" : auth.getUserId();
        return new StepDecision(task, decision, comment.isEmpty() ? null : comment, actor);
    }

    String text(String variable) {
        Object value = task.getVariable(variable);
        return value == null ? null : value.toString().strip();
    }

    boolean flag(String variable) {
        Object value = task.getVariable(variable);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().strip());
    }

    LocalDate date(String variable) {
        String value = text(variable);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(variable, "Ngày phải viết dạng năm-tháng-ngày, ví dụ 2026-03-20");
        }
    }
}
