package vn.vanthu.platform;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Who took a task first, told to another candidate who presses Nhận việc on a list grown stale: Camunda answers
 * that claim with a 500 in both its REST APIs, and the Tasklist's own (/camunda/api/engine) takes no exception
 * mapper of vanthu's, so the claim is looked at before it reaches either.
 */
final class ClaimedFirst {

    private final TaskService tasks;

    ClaimedFirst(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The task's assignee when it is another user and {@code user} is among its candidates; otherwise null. */
    String by(String taskId, String user) {
        // a candidate only: to anyone else the engine answers as before, and the holder's name is not theirs to read
        Task task = tasks.createTaskQuery().taskId(taskId).taskCandidateUser(user).includeAssignedTasks()
                .singleResult();
        return task == null || task.getAssignee() == null || task.getAssignee().equals(user) ? null
                : task.getAssignee();
    }

    /** What the second one is told, in both APIs. */
    static String detail(String assignee) {
        return "Công việc đã được " + assignee + " nhận trước; hãy tải lại danh sách công việc";
    }
}
