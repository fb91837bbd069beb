package vn.vanthu.workflow.tasks;

import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.workflow.ChainProblem.NotYourTask;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchCase;

/**
 * Who may act at a step, checked against the stored dispatch and the directory (not only the engine's
 * task query); and the engine-side lock: a task completes only from within vanthu's own decision, so no
 * client can complete one through the engine's REST API with variables of its own.
 */
@Component(Chains.DECISION_RECORDER)
class StepGuard implements TaskListener {

    private static final ThreadLocal<String> DECIDING = new ThreadLocal<>();

    private final Directory directory;
    private final TaskService tasks;

    StepGuard(Directory directory, TaskService tasks) {
        this.directory = directory;
        this.tasks = tasks;
    }

    /** The person acting, if the step is theirs for this dispatch: drafter, chosen signer, or the right role group. */
    Person check(DispatchCase c, Step step, String user, Task task) {
        Person p = directory.person(user).orElseThrow(() -> new NotYourTask(user, task.getId()));
        boolean allowed = switch (step.actor().kind()) {
            case "drafter" -> user.equals(c.drafter());
            case "signer" -> user.equals(c.signer());
            case "submission-signer" -> user.equals(c.submissionSigner());
            default -> p.role().group().equals(step.actor().roleGroup())
                    && p.agencyId().equals(agencyOf(c, step, task));
        };
        if (!allowed) {
            throw new NotYourTask(user, task.getId());
        }
        return p;
    }

    /** Completes the task as vanthu's decision; the listener refuses any completion from elsewhere. */
    <T> T completing(String taskId, Supplier<T> completion) {
        DECIDING.set(taskId);
        try {
            return completion.get();
        } finally {
            DECIDING.remove();
        }
    }

    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (!task.getId().equals(DECIDING.get())) {
            throw new IllegalStateException("Công việc “" + task.getName() + "” chỉ hoàn thành được qua vanthu"
                    + " (/api/tasks/" + task.getId() + "/complete), không qua API của Camunda");
        }
    }

    private String agencyOf(DispatchCase c, Step step, Task task) {
        return switch (step.actor().whose()) {
            case OWN -> c.agencyId();
            case UBND -> directory.provincialCommittee();
            // the consulted agency of this instance: the one whose leaders the task was offered to
            case CONSULTED -> tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .filter(g -> g.endsWith("-" + step.actor().roleGroup()))
                    .map(g -> g.substring(0, g.length() - ("-" + step.actor().roleGroup()).length()))
                    .findFirst().orElse(null);
        };
    }
}
