package vn.vanthu.workflow;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;

/**
 * Every user task's completion, whether from the Tasklist form or the API: checks the decision is one
 * the step offers (and carries its comment), records it, and moves the dispatch on.
 */
@Component("decisionRecorder")
class StepRecorder implements TaskListener {

    private static final Map<String, Set<Decision>> OFFERED = Map.ofEntries(
            Map.entry(Chains.SOAN_THAO, Set.of(Decision.SUBMIT)),
            Map.entry(Chains.TRUONG_PHONG_DUYET, Set.of(Decision.APPROVE, Decision.RETURN)),
            Map.entry(Chains.VP_UBND_THAM_DINH, Set.of(Decision.APPROVE, Decision.RETURN)),
            Map.entry(Chains.LANH_DAO_SO_KY, Set.of(Decision.SIGN, Decision.RETURN, Decision.REJECT)),
            Map.entry(Chains.LANH_DAO_SO_KY_TO_TRINH, Set.of(Decision.SIGN, Decision.RETURN, Decision.REJECT)),
            Map.entry(Chains.LANH_DAO_UBND_KY, Set.of(Decision.SIGN, Decision.RETURN, Decision.REJECT)),
            Map.entry(Chains.CHO_Y_KIEN, Set.of(Decision.AGREE, Decision.COMMENT)),
            Map.entry(Chains.TONG_HOP_Y_KIEN, Set.of(Decision.SUBMIT)),
            Map.entry(Chains.VAN_THU_SO_PHAT_HANH, Set.of(Decision.ISSUE)),
            Map.entry(Chains.VAN_THU_SO_CAP_SO, Set.of(Decision.ISSUE)),
            Map.entry(Chains.VAN_THU_UBND_PHAT_HANH, Set.of(Decision.ISSUE)));

    private final DispatchStore store;
    private final Events events;
    private final Steps steps;

    StepRecorder(DispatchStore store, Events events, Steps steps) {
        this.store = store;
        this.events = events;
        this.steps = steps;
    }

    /** The decisions a step offers, in the order a form shows them. */
    static Set<Decision> offered(String step) {
        return OFFERED.getOrDefault(step, Set.of());
    }

    @Override
    public void notify(DelegateTask task) {
        String step = task.getTaskDefinitionKey();
        Object raw = task.getVariable(Chains.VAR_DECISION);
        Decision decision = Decision.of(raw == null ? null : raw.toString())
                .filter(offered(step)::contains)
                .orElseThrow(() -> new DecisionRefused("decision", "bước " + step + " chỉ nhận: " + offered(step)));
        Object commentValue = task.getVariable(Chains.VAR_COMMENT);
        String comment = commentValue == null ? "" : commentValue.toString().strip();
        if (decision.needsComment() && comment.isEmpty()) {
            throw new DecisionRefused("comment", "trả lại, không ký hoặc có ý kiến thì phải ghi rõ ý kiến");
        }
        String actor = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? "system"
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        DispatchCase c = store.find(UUID.fromString(task.getVariable(Chains.VAR_DISPATCH).toString())).orElseThrow();
        events.record(c.id(), step, actor, decision.value(), comment.isEmpty() ? null : comment);
        steps.apply(c, step, decision, actor, task);
        store.update(c);
        // the decision belongs to this step only; the next step starts without one
        task.getExecution().setVariable(Chains.VAR_COMMENT, "");
    }
}
