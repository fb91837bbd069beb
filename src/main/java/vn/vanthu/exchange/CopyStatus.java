package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recipient's copy as the sender sees it: who, how reached, the state with its reason, the recall
 * and its answer, and every status it went through.
 */
public record CopyStatus(UUID copyId, String recipient, Recipient.Kind kind, String ref, CopyState state,
        String stateName, String reason, Instant at, String recallReason, String recallAnswer,
        String recallAnswerReason, List<Event> history) {

    public CopyStatus {
        history = List.copyOf(history);
    }

    /** A status the copy went through: code is the QCVN 102 code when the recipient sent it. */
    public record Event(CopyState state, String code, String reason, String staff, Instant at) {
    }
}
