package vn.vanthu.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.exchange.ExchangeProblem.NotFound;
import vn.vanthu.platform.CurrentUser;

/** The sender's side: each recipient's status, the recall, and the deliveries that failed (incidents). */
@RestController
@RequestMapping("/api/exchange")
class SentController {

    /** Why the document is recalled. */
    record RecallRequest(String reason) {
    }

    private final Dispatching dispatching;
    private final Recalls recalls;
    private final Outbox outbox;
    private final ExchangeAccess access;
    private final SentCopies copies;

    SentController(Dispatching dispatching, Recalls recalls, Outbox outbox, ExchangeAccess access, SentCopies copies) {
        this.dispatching = dispatching;
        this.recalls = recalls;
        this.outbox = outbox;
        this.access = access;
        this.copies = copies;
    }

    /** Every recipient's copy with its status history, and the recall if there was one. */
    @GetMapping("/sent/{dispatchId}")
    Map<String, Object> sent(@PathVariable UUID dispatchId, HttpServletRequest request) {
        access.member(CurrentUser.of(request), sender(dispatchId));
        Map<String, Object> view = new HashMap<>();
        view.put("copies", dispatching.statuses(dispatchId));
        recalls.of(dispatchId).ifPresent(r -> view.put("recall", r));
        return view;
    }

    @PostMapping("/sent/{dispatchId}/recall")
    ResponseEntity<Void> recall(@PathVariable UUID dispatchId, @RequestBody RecallRequest body,
            HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.clerk(user, sender(dispatchId));
        recalls.recall(dispatchId, body == null ? null : body.reason(), user.id());
        return ResponseEntity.accepted().build();
    }

    /** The agency's deliveries that gave up after every retry. */
    @GetMapping("/incidents")
    List<Map<String, Object>> incidents(@RequestParam(required = false) String agency, HttpServletRequest request) {
        String id = access.clerk(CurrentUser.of(request), agency).id();
        return outbox.incidents(id).stream().map(m -> Map.<String, Object>of("id", m.id(), "kind", m.kind(),
                "channel", m.channel(), "destination", m.destination(), "subject", m.subject(),
                "attempts", m.attempts(), "error", m.lastError() == null ? "" : m.lastError(),
                "createdAt", m.createdAt().toString())).toList();
    }

    /**
     * Sends an incident again, with a fresh count of attempts. Another agency's incident answers as one that does
     * not exist: the ids run in sequence, and which deliveries of an agency failed is none of another's business.
     */
    @PostMapping("/incidents/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable long id, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        String agency = outbox.agencyOf(id).filter(user::in).orElseThrow(() -> new NotFound("id", "sự cố " + id));
        access.clerk(user, agency);
        if (!outbox.retry(id)) {
            throw new ExchangeProblem.WrongState("id", "Tin " + id + " không phải sự cố đang chờ xử lý");
        }
        return ResponseEntity.accepted().build();
    }

    private String sender(UUID dispatchId) {
        return copies.sender(dispatchId).orElseThrow(() -> new NotFound("dispatchId", "văn bản đã gửi " + dispatchId));
    }
}
