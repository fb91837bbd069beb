package vn.vanthu.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Acts as the demo users do in the Tasklist: each action under that user's identity, through the public API. */
@Component
class ChainDriver {

    private final Dispatches dispatches;
    private final Tasks tasks;
    private final TaskService taskService;
    private final IdentityService identity;
    private final ManagementService management;

    ChainDriver(Dispatches dispatches, Tasks tasks, TaskService taskService, IdentityService identity,
            ManagementService management) {
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.taskService = taskService;
        this.identity = identity;
        this.management = management;
    }

    /** A small Công văn draft of the user's agency. */
    static Map<String, Object> congVan(String summary) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("type", "cong-van");
        doc.put("summary", summary);
        doc.put("recipients", List.of("Ủy ban nhân dân các huyện, thị xã, thành phố"));
        doc.put("body", "Thực hiện Kế hoạch số 42/KH-UBND ngày 11/3/2022 của UBND tỉnh, đề nghị các đơn vị triển khai.\n\n"
                + "1. Tăng cường công tác truyền thông về bảo vệ trẻ em.\n\n2. Báo cáo kết quả trước ngày 20/11/2022.");
        doc.put("distribution", Map.of("recipients", List.of("Như trên", "Giám đốc")));
        return doc;
    }

    UUID draft(String user, String chain, Map<String, Object> document) {
        return as(user, () -> dispatches.create(user, chain, document));
    }

    String start(String user, UUID id, List<String> consulted, int days) {
        return as(user, () -> dispatches.start(id, user, consulted, days));
    }

    /** The one open task of the instance at the step, as the user sees it. */
    Task task(String processInstanceId, String step) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).list()
                .stream().findFirst().orElseThrow(() -> new AssertionError("no open task " + step));
    }

    void decide(String user, String processInstanceId, String step, String decision, String comment) {
        decide(user, task(processInstanceId, step).getId(), decision, comment, Map.of());
    }

    void decide(String user, String taskId, String decision, String comment, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(more);
        variables.put("decision", decision);
        variables.put("comment", comment == null ? "" : comment);
        as(user, () -> {
            tasks.complete(taskId, user, variables);
            return null;
        });
    }

    /** Runs every job that is due (asynchronous service tasks), as the job executor would. */
    void runJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Fires a timer now, whatever its due date (the deadline or the reminder passing). */
    void fireTimer(String processInstanceId, String activity) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activity)
                .singleResult();
        management.executeJob(timer.getId());
        runJobs();
    }

    <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
