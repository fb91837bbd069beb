package vn.vanthu.workflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vanthu.workflow.drafting.Redlines;
import vn.vanthu.workflow.reading.Views;

/** What the task list and a task form show: records only, every code with its label. */
public final class TaskViews {

    private TaskViews() {
    }

    /** One task in the user's list. */
    public record Item(String id, String step, String stepLabel, UUID dispatchId, String title, String number,
            String assignee, String assigneeName, Instant created) {
    }

    /** A decision the step offers, as a form shows it. */
    public record Offer(String value, String label, boolean needsComment) {
    }

    /** A leader who may be chosen to sign. */
    public record Signer(String userId, String name, String title) {
    }

    /**
     * Everything a form shows for a task: the version the decision applies to (first), the documents that go
     * with it, what changed since the previous draft, the history and consultation, the decisions offered.
     */
    public record View(String taskId, UUID dispatchId, String chain, String step, String stepLabel, String title,
            String state, String stateLabel, Views.Version subject, List<Views.Version> attachments,
            Redlines.Comparison changes, Map<String, Object> document, List<Views.Version> versions,
            List<Views.Decision> history, List<Views.Answer> consultations, List<Offer> decisions,
            List<Signer> signers, String returnComment, Recipients recipients) {
    }

    /**
     * Where the document goes, for the văn thư who issues it: each recipient as resolved from Kính gửi and
     * Nơi nhận, the lines not sent electronically, and the lines nobody has mapped yet (issuing waits for them).
     */
    public record Recipients(List<vn.vanthu.exchange.Recipient> resolved, List<String> notSent, List<String> unknown,
            String agency) {
    }

    /** What a decision led to: the dispatch's state now, and the number once the văn thư's step gave one. */
    public record Outcome(UUID dispatchId, String decision, String state, String stateLabel, String issuedSymbol) {
    }
}
