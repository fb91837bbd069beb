package vn.vanthu.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.workflow.ChainProblem.NotYourTask;

/** The user's work in the chain, as the API and the Tasklist forms see it. */
@Service
public class Tasks {

    private final TaskService tasks;
    private final Reading reading;

    Tasks(TaskService tasks, Reading reading) {
        this.tasks = tasks;
        this.reading = reading;
    }

    /** The tasks assigned to the user or offered to one of their groups. */
    public List<Map<String, Object>> mine(String user) {
        List<Task> mine = new java.util.ArrayList<>(tasks.createTaskQuery().taskAssignee(user).list());
        mine.addAll(tasks.createTaskQuery().taskCandidateUser(user).list());
        return mine.stream().map(t -> Map.<String, Object>of("id", t.getId(), "step", t.getTaskDefinitionKey(),
                        "name", t.getName(), "dispatchId", String.valueOf(tasks.getVariable(t.getId(), Chains.VAR_DISPATCH)),
                        "assignee", t.getAssignee() == null ? "" : t.getAssignee())).toList();
    }

    /** Everything a form shows for a task: the dispatch, its versions with PDF links, history and choices. */
    public Map<String, Object> view(String taskId, String user) {
        Task task = yours(taskId, user);
        UUID id = UUID.fromString(tasks.getVariable(taskId, Chains.VAR_DISPATCH).toString());
        Reading.Detail detail = reading.detail(id, user);
        Map<String, Object> view = new HashMap<>();
        view.put("dispatchId", id.toString());
        view.put("chain", detail.summary().chain());
        view.put("step", task.getTaskDefinitionKey());
        view.put("stepName", task.getName());
        view.put("title", detail.summary().title());
        view.put("document", detail.document());
        view.put("versions", detail.versions().stream().map(v -> Map.of("version", v.version(), "documentKind",
                v.documentKind(), "step", v.step(), "actor", v.actor(), "actorName", reading.nameOf(v.actor()),
                "mode", v.mode(), "createdAt", v.createdAt().toString(),
                "pdf", "/api/dispatches/" + id + "/versions/" + v.version() + "/pdf")).toList());
        view.put("history", detail.history());
        view.put("decisions", StepRecorder.offered(task.getTaskDefinitionKey()).stream().sorted()
                .map(Decision::value).toList());
        view.put("consultations", detail.consultations());
        return view;
    }

    /** Decides a task: claims it for the user if it is still offered, then completes it with the decision. */
    public void complete(String taskId, String user, Map<String, Object> variables) {
        Task task = yours(taskId, user);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user);
        }
        try {
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    private Task yours(String taskId, String user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(user).singleResult();
        if (task == null) {
            // offered to one of the user's groups and not yet taken by anyone
            task = tasks.createTaskQuery().taskId(taskId).taskCandidateUser(user).singleResult();
        }
        if (task == null) {
            throw new NotYourTask(user, taskId);
        }
        return task;
    }

    /** The engine wraps what a listener throws; the caller wants the named fact. */
    private static RuntimeException unwrapped(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChainProblem || t instanceof InvalidDispatch) {
                return (RuntimeException) t;
            }
        }
        return e;
    }
}
