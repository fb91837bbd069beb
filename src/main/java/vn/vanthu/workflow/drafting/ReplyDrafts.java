package vn.vanthu.workflow.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.exchange.IncomingDocuments;
import vn.vanthu.exchange.ReplyReference;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;
import vn.vanthu.workflow.dispatch.DispatchStore;

/**
 * A reply to a văn bản đến (Decree 30's "Trả lời Công văn số … ngày … của …"): the draft is addressed to
 * the sender and opens with the reference, from the agency's own sổ văn bản đến — never from the client.
 */
@Component
class ReplyDrafts {

    private final IncomingDocuments incoming;
    private final Directory directory;
    private final ChainStart chains;
    private final DispatchStore store;

    ReplyDrafts(IncomingDocuments incoming, Directory directory, ChainStart chains, DispatchStore store) {
        this.incoming = incoming;
        this.directory = directory;
        this.chains = chains;
        this.store = store;
    }

    /**
     * Creates the reply draft (and starts its chain when asked) bound to the văn bản đến it answers, all in one
     * transaction: a draft refused on the way leaves no binding, and a binding never names a missing draft.
     */
    @Transactional
    ChainStart.Started create(String user, String chain, UUID incomingId, Map<String, Object> input,
            ChainStart.Request start) {
        Map<String, Object> document = prefilled(user, incomingId, input);
        ChainStart.Started started = chains.createAndStart(user, chain, document, start);
        store.answers(started.id(), incomingId);
        return started;
    }

    /**
     * The input with what the clerk left out filled from the văn bản đến: Kính gửi the sender, the trích yếu
     * of the matter, and the reference as the first sentence of the body (unless the clerk wrote it already).
     */
    private Map<String, Object> prefilled(String user, UUID incomingId, Map<String, Object> input) {
        ReplyReference r = incoming.replyTo(incomingId).orElseThrow(() -> new DecisionRefused("replyTo",
                "chỉ trả lời được văn bản đến đã vào sổ và không bị từ chối"));
        Person drafter = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        if (!r.agencyId().equals(drafter.agencyId())) {
            throw new NotYourAgency(user);
        }
        Map<String, Object> document = new LinkedHashMap<>(input == null ? Map.of() : input);
        document.putIfAbsent("type", "cong-van");
        document.putIfAbsent("recipients", List.of(r.senderName()));
        document.putIfAbsent("summary", "trả lời " + lowerFirst(r.typeName()) + " số " + r.code());
        Object body = document.get("body");
        String text = body instanceof String s ? s : "";
        // a body of another kind is left for the reader to name; a reference typed by the clerk is kept
        if ((body == null || body instanceof String) && !text.startsWith("Trả lời")) {
            List<String> paragraphs = new ArrayList<>(List.of(r.text() + ", " + agencyName(drafter) + " có ý kiến"
                    + " như sau:"));
            if (!text.isBlank()) {
                paragraphs.add(text);
            }
            document.put("body", String.join("\n\n", paragraphs));
        }
        return document;
    }

    private String agencyName(Person drafter) {
        return directory.agency(drafter.agencyId()).map(a -> a.shortName()).orElse(drafter.agencyId());
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "văn bản" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
