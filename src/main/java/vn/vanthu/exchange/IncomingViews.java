package vn.vanthu.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;

/** A văn bản đến as the API and the forms show it: a line of the sổ văn bản đến, or the whole record. */
@Component
class IncomingViews {

    private final Directory directory;

    IncomingViews(Directory directory) {
        this.directory = directory;
    }

    /** One line of the sổ văn bản đến. */
    Map<String, Object> line(IncomingDocument d) {
        Map<String, Object> v = new HashMap<>();
        IncomingFacts f = d.facts;
        v.put("id", d.id.toString());
        v.put("agency", d.agencyId);
        v.put("registerNumber", d.registerNumber);
        v.put("registeredOn", d.registeredOn);
        v.put("code", f.code());
        v.put("issuedOn", f.issuedOn());
        v.put("typeName", f.typeName());
        v.put("subject", f.subject());
        v.put("sender", f.senderName());
        v.put("signer", f.signer());
        v.put("priority", f.priority());
        v.put("state", d.state.name());
        v.put("stateName", d.state.label());
        v.put("handler", d.handler);
        v.put("handlerName", name(d.handler));
        v.put("dueOn", d.dueOn);
        v.put("refusalReason", d.refusalReason);
        v.put("recalled", d.recalledAt != null);
        v.put("recallReason", d.recallReason);
        v.put("recallAnswer", d.recallAnswer);
        v.put("replacedBy", d.replacedBy == null ? null : d.replacedBy.toString());
        v.put("pdf", "/api/exchange/incoming/" + d.id + "/pdf");
        return v;
    }

    /** The whole record, with the steps it went through. */
    Map<String, Object> detail(IncomingDocument d, List<IncomingEvents.Event> history) {
        Map<String, Object> v = line(d);
        v.put("documentId", d.facts.documentId());
        v.put("place", d.facts.place());
        v.put("answerNeeded", d.answerNeeded);
        v.put("completionNote", d.completionNote);
        v.put("replyWanted", d.replyWanted);
        v.put("receivedAt", d.receivedAt.toString());
        v.put("history", history.stream().map(e -> {
            Map<String, Object> h = new HashMap<>();
            h.put("step", e.step());
            h.put("actor", e.actor());
            h.put("actorName", name(e.actor()));
            h.put("decision", e.decision());
            h.put("comment", e.comment());
            h.put("at", e.at().toString());
            return h;
        }).toList());
        return v;
    }

    private String name(String userId) {
        if ("system".equals(userId)) {
            return "Hệ thống";
        }
        return userId == null ? null : directory.person(userId).map(Person::fullName).orElse(userId);
    }
}
