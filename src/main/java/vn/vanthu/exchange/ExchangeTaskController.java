package vn.vanthu.exchange;

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

/** The caller's receiving tasks (tiếp nhận, phân công, xử lý, trả lời thu hồi): list, view, decide. */
@RestController
@RequestMapping("/api/exchange/tasks")
class ExchangeTaskController {

    /**
     * A decision: register / refuse (văn thư), assign (lãnh đạo, with handler, answerNeeded and dueOn
     * yyyy-MM-dd), complete (handler, with reply), agree / refuse (recall); refusing needs a comment.
     */
    record DecisionRequest(String decision, String comment, String handler, Boolean answerNeeded, String dueOn,
            Boolean reply) {
    }

    private final ExchangeTasks tasks;

    ExchangeTaskController(ExchangeTasks tasks) {
        this.tasks = tasks;
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
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody DecisionRequest body, HttpServletRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Receiving.VAR_DECISION, body.decision() == null ? "" : body.decision());
        variables.put(Receiving.VAR_COMMENT, body.comment() == null ? "" : body.comment());
        variables.put(Receiving.VAR_HANDLER, body.handler() == null ? "" : body.handler());
        variables.put(Receiving.VAR_ANSWER_NEEDED, Boolean.TRUE.equals(body.answerNeeded()));
        variables.put(Receiving.VAR_DUE_ON, body.dueOn() == null ? "" : body.dueOn());
        variables.put(Receiving.VAR_REPLY, Boolean.TRUE.equals(body.reply()));
        tasks.complete(id, CurrentUser.of(request).id(), variables);
        return ResponseEntity.noContent().build();
    }
}
