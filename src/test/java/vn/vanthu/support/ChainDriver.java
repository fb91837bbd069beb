package vn.vanthu.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Subjects;
import vn.vanthu.workflow.drafting.ChainStart;
import vn.vanthu.workflow.drafting.Drafting;
import vn.vanthu.workflow.tasks.Decisions;
import vn.vanthu.workflow.tasks.TaskViews;

/**
 * Acts as the demo users do: each action under that user's identity through the same services the API
 * calls; a decision names the version the step decides on, as a form does after showing it.
 */
@Component
public class ChainDriver {

    /** The demo PIN of every demo signing key (docs/signing.md). */
    public static final String DEMO_PIN = "12345678";

    private final Drafting drafting;
    private final ChainStart chains;
    private final Decisions decisions;
    private final Subjects subjects;
    private final DispatchStore store;
    private final TaskService taskService;
    private final IdentityService identity;
    private final ManagementService management;

    ChainDriver(Drafting drafting, ChainStart chains, Decisions decisions, Subjects subjects, DispatchStore store,
            TaskService taskService, IdentityService identity, ManagementService management) {
        this.drafting = drafting;
        this.chains = chains;
        this.decisions = decisions;
        this.subjects = subjects;
        this.store = store;
        this.taskService = taskService;
        this.identity = identity;
        this.management = management;
    }

    public UUID draft(String user, String chain, Map<String, Object> document) {
        return as(user, () -> drafting.create(user, chain, document));
    }

    /** Starts with the agency head as signer (or the one named), consulting the agencies for the days given. */
    public String start(String user, UUID id, String signer, List<String> consulted, int days) {
        return as(user, () -> chains.start(id, user, new ChainStart.Request(signer, consulted, days)));
    }

    public String start(String user, UUID id) {
        return start(user, id, null, List.of(), ChainStart.DEFAULT_DAYS);
    }

    /** The one open task of the instance at the step. */
    public Task task(String processInstanceId, Step step) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step.id()).list()
                .stream().findFirst().orElseThrow(() -> new AssertionError("no open task " + step.id()));
    }

    /** Decides the instance's open task at the step, on the version the step decides on. */
    public TaskViews.Outcome decide(String user, String processInstanceId, Step step, String decision, String comment) {
        Task task = task(processInstanceId, step);
        return decide(user, task.getId(), seen(task, decision, comment));
    }

    public TaskViews.Outcome decide(String user, String taskId, Decisions.Request request) {
        return as(user, () -> decisions.decide(taskId, user, request));
    }

    /** A request naming the version the task's step decides on. */
    public Decisions.Request seen(Task task, String decision, String comment) {
        return request(task, decision, comment, null, List.of(), null);
    }

    public Decisions.Request request(Task task, String decision, String comment, Map<String, Object> document,
            List<vn.vanthu.workflow.consultation.Consultations.Reception> receptions, String signer) {
        StoredVersion subject = subject(task);
        return new Decisions.Request(decision, comment, subject.pdfSha256(), subject.version(), document, receptions,
                signer, "sign".equals(decision) ? DEMO_PIN : null);
    }

    /** The version the task's step decides on. */
    public StoredVersion subject(Task task) {
        return subjects.current(store.ofProcess(task.getProcessInstanceId()).id());
    }

    /** Runs every job that is due (asynchronous service tasks), as the job executor would. */
    public void runJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Fires a timer now, whatever its due date (the deadline or the reminder passing). */
    public void fireTimer(String processInstanceId, String activity) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activity)
                .singleResult();
        management.executeJob(timer.getId());
        runJobs();
    }

    public <T> T as(String user, Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
