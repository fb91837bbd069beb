package vn.vanthu.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Role;
import vn.vanthu.exchange.ExchangeProblem.NotFound;
import vn.vanthu.exchange.ExchangeProblem.NotYourAgency;
import vn.vanthu.platform.OwnTask;

/**
 * The receiving tasks as the API and the forms see them: the caller's own, the view of one (the văn bản
 * đến found by the process's business key, not by a variable), and a decision on it.
 */
@Service
class ExchangeTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AsSystem system;
    private final IncomingDocuments documents;
    private final IncomingViews views;
    private final Directory directory;

    ExchangeTasks(TaskService tasks, RuntimeService runtime, AsSystem system, IncomingDocuments documents,
            IncomingViews views, Directory directory) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.system = system;
        this.documents = documents;
        this.views = views;
        this.directory = directory;
    }

    /** The receiving tasks assigned to the user or offered to one of their groups. */
    List<Map<String, Object>> mine(String user) {
        List<Task> mine = new ArrayList<>(query().taskAssignee(user).list());
        mine.addAll(query().taskCandidateUser(user).list());
        return mine.stream().map(t -> Map.<String, Object>of("id", t.getId(), "step", t.getTaskDefinitionKey(),
                "name", t.getName(), "incomingId", incomingOf(t).toString(),
                "assignee", t.getAssignee() == null ? "" : t.getAssignee())).toList();
    }

    /** Everything a receiving form shows: the document, its PDF and history, the choices of the step. */
    Map<String, Object> view(String taskId, String user) {
        Task task = yours(taskId, user);
        UUID id = incomingOf(task);
        IncomingDocument d = documents.find(id).orElseThrow(() -> new NotFound("id", "văn bản đến " + id));
        Map<String, Object> view = new HashMap<>();
        view.put("taskId", task.getId());
        view.put("step", task.getTaskDefinitionKey());
        view.put("stepName", task.getName());
        view.put("title", d.facts.typeName() + " số " + d.facts.code() + " của " + d.facts.senderName());
        view.put("incoming", views.detail(d, documents.history(id)));
        view.put("pdf", "/api/exchange/incoming/" + id + "/pdf");
        view.put("decisions", StepDecision.OFFERED.getOrDefault(task.getTaskDefinitionKey(), java.util.Set.of())
                .stream().sorted().toList());
        if (Receiving.LANH_DAO_PHAN_CONG.equals(task.getTaskDefinitionKey())) {
            view.put("people", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.VAN_THU)
                    .flatMap(r -> directory.people(d.agencyId, r).stream()).distinct()
                    .map(p -> Map.of("userId", p.userId(), "name", p.fullName(), "title", p.role().title())).toList());
        }
        documents.replyTo(id).ifPresent(r -> view.put("reply", r));
        return view;
    }

    /**
     * Decides a task: claims it for the user if it is still offered, then completes it; in one transaction, so
     * a refused decision leaves the task offered to the user's colleagues as before, not claimed.
     */
    @Transactional
    void complete(String taskId, String user, Map<String, Object> variables) {
        Task task = yours(taskId, user);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user);
        }
        try {
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ExchangeProblem named) {
                    throw named;
                }
            }
            throw e;
        }
    }

    private Task yours(String taskId, String user) {
        Task task = OwnTask.find(taskId, user, tasks, Receiving.PROCESS, Receiving.RECALL_PROCESS);
        if (task == null) {
            throw new NotYourAgency(user, "", "làm công việc " + taskId);
        }
        return task;
    }

    private TaskQuery query() {
        return tasks.createTaskQuery().processDefinitionKeyIn(Receiving.PROCESS, Receiving.RECALL_PROCESS);
    }

    private UUID incomingOf(Task task) {
        return UUID.fromString(system.run(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()));
    }
}
