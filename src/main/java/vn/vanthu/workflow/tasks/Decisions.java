package vn.vanthu.workflow.tasks;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Person;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.platform.Language;
import vn.vanthu.platform.NamedFact;
import vn.vanthu.platform.OwnTask;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.NotYourTask;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Decision;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.consultation.Consultations;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Subjects;

/**
 * A decision on a task, the only way a task completes: the step must be the user's, the decision one it
 * offers (with its comment), made on the version the step decides on; then the dispatch moves on and the
 * engine routes to the next step — one transaction, nothing half-done.
 */
@Service
public class Decisions {

    /** Longest comment a decision carries. */
    public static final int MAX_COMMENT = 4_000;

    /**
     * A decision: its value, a comment when it needs one, the version decided on (its PDF's SHA-256 or
     * number), and what some steps add: the drafter's edited text, the reception of each comment, the signer
     * the head of the UBND office chooses, the PIN of the signer's key (used once, never kept).
     */
    public record Request(String decision, String comment, String versionSha256, Integer version,
            Map<String, Object> document, List<Consultations.Reception> receptions, String signer, String pin) {
        public Request {
            comment = comment == null ? "" : comment.strip();
            receptions = receptions == null ? List.of() : List.copyOf(receptions);
        }
    }

    private final TaskService tasks;
    private final DispatchStore store;
    private final StepGuard guard;
    private final Subjects subjects;
    private final Outcomes outcomes;
    private final History history;

    Decisions(TaskService tasks, DispatchStore store, StepGuard guard, Subjects subjects, Outcomes outcomes,
            History history) {
        this.tasks = tasks;
        this.store = store;
        this.guard = guard;
        this.subjects = subjects;
        this.outcomes = outcomes;
        this.history = history;
    }

    /** Decides a task for the user; claims it first if it was offered to their group. */
    @Transactional
    public TaskViews.Outcome decide(String taskId, String user, Request request) {
        Task task = yours(taskId, user, tasks);
        Step step = Step.of(task.getTaskDefinitionKey())
                .orElseThrow(() -> new NotYourTask(user, taskId));
        Decision decision = Decision.of(request.decision()).filter(step.decisions()::contains)
                .orElseThrow(() -> new DecisionRefused("decision", "bước “" + step.label(Language.VI)
                        + "” chỉ nhận: " + step.decisions().stream().map(Decision::value).toList()));
        if (decision.needsComment() && request.comment().isEmpty()) {
            throw new DecisionRefused("comment", "trả lại, không ký hoặc có ý kiến thì phải ghi rõ ý kiến");
        }
        if (request.comment().length() > MAX_COMMENT) {
            throw new DecisionRefused("comment", "ý kiến dài tối đa " + MAX_COMMENT + " ký tự");
        }
        DispatchCase c = store.ofProcess(task.getProcessInstanceId());
        Person actor = guard.check(c, step, user, task);
        StoredVersion seen = subjects.seen(c.id(), request.versionSha256(), request.version());
        StoredVersion applied = outcomes.apply(c, step, decision, actor, request, seen);
        history.record(c.id(), step.id(), user, decision.value(), request.comment(), applied.version(),
                applied.pdfSha256());
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user);
        }
        guard.completing(taskId, () -> {
            try {
                tasks.complete(taskId, Map.of(Chains.VAR_DECISION, decision.value()));
            } catch (RuntimeException e) {
                throw unwrapped(e);
            }
            return null;
        });
        DispatchCase after = store.get(c.id());
        return new TaskViews.Outcome(after.id(), decision.value(), after.state().name(),
                after.state().label(Language.VI), after.issuedSymbol());
    }

    /** The engine wraps what a listener throws; the caller wants the named fact. */
    static RuntimeException unwrapped(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NamedFact || t instanceof InvalidDispatch) {
                return (RuntimeException) t;
            }
        }
        return e;
    }

    /**
     * The chain's task, if it is assigned to the user or offered to one of their groups and not yet taken; a
     * receiving task (a văn bản đến's) is the exchange API's and has no step here.
     */
    static Task yours(String taskId, String user, TaskService tasks) {
        Task task = OwnTask.find(taskId, user, tasks, Chains.SO_BAN_HANH, Chains.SO_TRINH_UBND);
        if (task == null) {
            throw new NotYourTask(user, taskId);
        }
        return task;
    }
}
