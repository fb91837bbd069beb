package vn.vanthu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.vanthu.workflow.ChainProblem.ChainAlreadyStarted;
import vn.vanthu.workflow.ChainProblem.DispatchNotInDraft;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;

/**
 * A dispatch on its way through a chain: who drafts it, for which agency, its current text (the
 * input format as a map) and, for UBND, the Sở's own submission. State changes only through the
 * named transitions, each guarded by the state it leaves.
 */
final class DispatchCase {

    private final UUID id;
    private final String agencyId;
    private final String drafter;
    private final String chain;
    private final Instant createdAt;
    private DispatchState state;
    private Map<String, Object> document;
    private Map<String, Object> submission;
    private String processInstanceId;
    private String issuedSymbol;
    private LocalDate issuedOn;
    private int lockVersion;

    DispatchCase(UUID id, String agencyId, String drafter, String chain, Instant createdAt, DispatchState state,
            Map<String, Object> document, Map<String, Object> submission, String processInstanceId,
            String issuedSymbol, LocalDate issuedOn, int lockVersion) {
        this.id = id;
        this.agencyId = agencyId;
        this.drafter = drafter;
        this.chain = chain;
        this.createdAt = createdAt;
        this.state = state;
        this.document = document;
        this.submission = submission;
        this.processInstanceId = processInstanceId;
        this.issuedSymbol = issuedSymbol;
        this.issuedOn = issuedOn;
        this.lockVersion = lockVersion;
    }

    static DispatchCase draft(String agencyId, String drafter, String chain, Map<String, Object> document) {
        return new DispatchCase(UUID.randomUUID(), agencyId, drafter, chain, Instant.now(), DispatchState.DRAFTING,
                document, null, null, null, null, 0);
    }

    /** The drafter changes the text; only while the draft is with them. */
    void edit(String actor, Map<String, Object> newDocument) {
        if (!drafter.equals(actor)) {
            throw new NotTheDrafter(actor);
        }
        if (!state.editable()) {
            throw new DispatchNotInDraft(state);
        }
        document = newDocument;
    }

    /** The chain's process started for this draft. */
    void started(String instanceId) {
        if (processInstanceId != null) {
            throw new ChainAlreadyStarted();
        }
        processInstanceId = instanceId;
    }

    /** The drafter hands the draft on for review. */
    void submittedForReview() {
        move(Set.of(DispatchState.DRAFTING), DispatchState.IN_REVIEW);
    }

    /** A reviewer or signer sends it back to the drafter, with a comment recorded beside it. */
    void returned() {
        move(Set.of(DispatchState.IN_REVIEW, DispatchState.CONSULTING, DispatchState.AWAITING_SIGNATURE,
                DispatchState.SUBMITTED, DispatchState.AWAITING_UBND_SIGNATURE), DispatchState.DRAFTING);
    }

    void consulting() {
        move(Set.of(DispatchState.IN_REVIEW), DispatchState.CONSULTING);
    }

    void awaitingSignature() {
        move(Set.of(DispatchState.IN_REVIEW, DispatchState.CONSULTING), DispatchState.AWAITING_SIGNATURE);
    }

    /** The Sở's submission went to Văn phòng UBND. */
    void submittedToUbnd() {
        move(Set.of(DispatchState.AWAITING_SIGNATURE, DispatchState.SIGNED), DispatchState.SUBMITTED);
    }

    void awaitingUbndSignature() {
        move(Set.of(DispatchState.SUBMITTED), DispatchState.AWAITING_UBND_SIGNATURE);
    }

    /** The competent person signed the text that will be issued. */
    void signed(Map<String, Object> signedDocument) {
        move(Set.of(DispatchState.AWAITING_SIGNATURE, DispatchState.AWAITING_UBND_SIGNATURE), DispatchState.SIGNED);
        document = signedDocument;
    }

    /** The văn thư gave it its number and date; nothing changes after this. */
    void issued(String symbol, LocalDate on) {
        move(Set.of(DispatchState.SIGNED), DispatchState.ISSUED);
        issuedSymbol = symbol;
        issuedOn = on;
    }

    void rejected() {
        move(Set.of(DispatchState.AWAITING_SIGNATURE, DispatchState.AWAITING_UBND_SIGNATURE), DispatchState.REJECTED);
    }

    /** The store wrote this state; the next save expects the next lock version. */
    void saved() {
        lockVersion++;
    }

    void withSubmission(Map<String, Object> newSubmission) {
        submission = newSubmission;
    }

    private void move(Set<DispatchState> from, DispatchState to) {
        if (!from.contains(state)) {
            throw new IllegalStateException("dispatch " + id + " cannot go from " + state + " to " + to);
        }
        state = to;
    }

    UUID id() { return id; }
    String agencyId() { return agencyId; }
    String drafter() { return drafter; }
    String chain() { return chain; }
    Instant createdAt() { return createdAt; }
    DispatchState state() { return state; }
    Map<String, Object> document() { return document; }
    Map<String, Object> submission() { return submission; }
    String processInstanceId() { return processInstanceId; }
    String issuedSymbol() { return issuedSymbol; }
    LocalDate issuedOn() { return issuedOn; }
    int lockVersion() { return lockVersion; }
}
