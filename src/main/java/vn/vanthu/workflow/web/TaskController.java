package vn.vanthu.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.workflow.Tasks;

/** The caller's tasks: list, the form view of one, and a decision on it. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    /** A decision: approve, return, sign, reject, issue, agree, comment or submit; a comment when it needs one. */
    record DecisionRequest(String decision, String comment, Map<String, Object> document, String explanations) {
    }

    private final Tasks tasks;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    TaskController(Tasks tasks, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @GetMapping
    List<Map<String, Object>> mine(HttpServletRequest request) {
        return tasks.mine(CurrentUser.of(request).id());
    }

    @GetMapping("/{id}/view")
    Map<String, Object> view(@PathVariable String id, HttpServletRequest request) {
        return tasks.view(id, CurrentUser.of(request).id());
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody DecisionRequest body,
            HttpServletRequest request) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", body.decision());
        variables.put("comment", body.comment() == null ? "" : body.comment());
        if (body.document() != null) {
            variables.put("document", json.writeValueAsString(body.document()));
        }
        if (body.explanations() != null) {
            variables.put("explanations", body.explanations());
        }
        tasks.complete(id, CurrentUser.of(request).id(), variables);
        return ResponseEntity.noContent().build();
    }
}
