package vn.vanthu.workflow.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.platform.Preferences;

/** The caller's tasks: the list, the form view of one, and a decision on it. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final Tasks tasks;
    private final Decisions decisions;
    private final Preferences preferences;

    TaskController(Tasks tasks, Decisions decisions, Preferences preferences) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.preferences = preferences;
    }

    @GetMapping
    List<TaskViews.Item> mine(HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        return tasks.mine(user, preferences.language(user));
    }

    @GetMapping("/{id}/view")
    TaskViews.View view(@PathVariable String id, HttpServletRequest request) {
        String user = CurrentUser.of(request).id();
        return tasks.view(id, user, preferences.language(user));
    }

    @PostMapping("/{id}/complete")
    TaskViews.Outcome complete(@PathVariable String id, @RequestBody Decisions.Request body,
            HttpServletRequest request) {
        return decisions.decide(id, CurrentUser.of(request).id(), body);
    }
}
