package vn.vanthu.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import vn.vanthu.exchange.ExchangeProblem.WrongState;

/**
 * A văn bản đến at one agency: what it says, and what happened to it — checked, registered with its số
 * đến, assigned, handled, or refused; recalled or replaced by its sender. Each step is a named transition.
 */
final class IncomingDocument {

    final UUID id;
    final String agencyId;
    final IncomingFacts facts;
    final Instant receivedAt;
    IncomingState state;
    String refusalReason;
    Integer registerYear;
    Integer registerNumber;
    LocalDate registeredOn;
    String registeredBy;
    String handler;
    Boolean answerNeeded;
    LocalDate dueOn;
    String assignedBy;
    Instant completedAt;
    String completionNote;
    Boolean replyWanted;
    Instant recalledAt;
    String recallReason;
    String recallAnswer;
    String recallAnswerReason;
    UUID replacedBy;
    String processInstanceId;
    int lockVersion;

    IncomingDocument(UUID id, String agencyId, IncomingFacts facts, Instant receivedAt, IncomingState state) {
        this.id = id;
        this.agencyId = agencyId;
        this.facts = facts;
        this.receivedAt = receivedAt;
        this.state = state;
    }

    static IncomingDocument arriving(String agencyId, IncomingFacts facts) {
        return new IncomingDocument(UUID.randomUUID(), agencyId, facts, Instant.now(), IncomingState.RECEIVED);
    }

    /** The checks passed: signatures and fields agree with the PDF. */
    void arrived() {
        move(Set.of(IncomingState.RECEIVED), IncomingState.ARRIVED);
    }

    /** Refused, by the checks or by the văn thư, with the reason the sender gets. */
    void refused(String reason) {
        move(Set.of(IncomingState.RECEIVED, IncomingState.ARRIVED), IncomingState.REFUSED);
        refusalReason = reason;
    }

    /** Entered in the sổ văn bản đến with its số đến and ngày đến. */
    void registered(int year, int number, LocalDate on, String by) {
        move(Set.of(IncomingState.ARRIVED), IncomingState.REGISTERED);
        registerYear = year;
        registerNumber = number;
        registeredOn = on;
        registeredBy = by;
    }

    /** A leader gave it to a handler, with a deadline when an answer is needed. */
    void assigned(String to, boolean answer, LocalDate due, String by) {
        move(Set.of(IncomingState.REGISTERED), IncomingState.ASSIGNED);
        handler = to;
        answerNeeded = answer;
        dueOn = due;
        assignedBy = by;
    }

    /** The handler has it in hand. */
    void inProgress() {
        move(Set.of(IncomingState.ASSIGNED), IncomingState.IN_PROGRESS);
    }

    /** Handled; a reply dispatch may follow. */
    void completed(String note, boolean reply) {
        move(Set.of(IncomingState.IN_PROGRESS), IncomingState.DONE);
        completedAt = Instant.now();
        completionNote = note;
        replyWanted = reply;
    }

    /** The sender recalls it: the copy is marked, never deleted. */
    void recalled(String reason) {
        if (recalledAt != null) {
            throw new WrongState("recall", "Văn bản đến này đã được ghi nhận thu hồi");
        }
        recalledAt = Instant.now();
        recallReason = reason;
    }

    /** The văn thư's answer to the recall. */
    void recallAnswered(boolean agreed, String reason) {
        if (recalledAt == null || recallAnswer != null) {
            throw new WrongState("decision", "Không có yêu cầu thu hồi nào đang chờ trả lời");
        }
        recallAnswer = agreed ? "AGREED" : "REFUSED";
        recallAnswerReason = reason;
    }

    /** A later document of the sender replaces this one. */
    void replaced(UUID by, String reason) {
        replacedBy = by;
        if (recalledAt == null) {
            recalledAt = Instant.now();
            recallReason = reason;
        }
    }

    private void move(Set<IncomingState> from, IncomingState to) {
        if (!from.contains(state)) {
            throw new WrongState("state", "Văn bản đến đang ở trạng thái \"" + state.label() + "\", không chuyển sang \""
                    + to.label() + "\" được");
        }
        state = to;
    }
}
