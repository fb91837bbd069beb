package vn.vanthu.workflow.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vanthu.document.Dispatch;
import vn.vanthu.workflow.ChainProblem.ChainAlreadyStarted;
import vn.vanthu.workflow.ChainProblem.DispatchNotInDraft;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchState;

/**
 * A dispatch on its way through a chain: who drafts it and for which agency, its current text, the
 * Sở's submission letter (UBND chain), who signs each, and where it stands. State changes only through
 * the named transitions, each guarded by the state it leaves ({@link Move} holds the table).
 */
public final class DispatchCase {

    private final UUID id;
    private final String agencyId;
    private final String drafter;
    private final String chain;
    private final Instant createdAt;
    private DispatchState state;
    private Dispatch document;
    private Dispatch submission;
    private String signer;
    private String submissionSigner;
    private String processInstanceId;
    private String issuedSymbol;
    private LocalDate issuedOn;
    private int lockVersion;

    DispatchCase(UUID id, String agencyId, String drafter, String chain, Instant createdAt, DispatchState state,
            Dispatch document, Dispatch submission, String signer, String submissionSigner, String processInstanceId,
            String issuedSymbol, LocalDate issuedOn, int lockVersion) {
        this.id = id;
        this.agencyId = agencyId;
        this.drafter = drafter;
        this.chain = chain;
        this.createdAt = createdAt;
        this.state = state;
        this.document = document;
        this.submission = submission;
        this.signer = signer;
        this.submissionSigner = submissionSigner;
        this.processInstanceId = processInstanceId;
        this.issuedSymbol = issuedSymbol;
        this.issuedOn = issuedOn;
        this.lockVersion = lockVersion;
    }

    /** A new draft of the drafter's agency, for a chain. */
    public static DispatchCase draft(String agencyId, String drafter, String chain, Dispatch document) {
        return new DispatchCase(UUID.randomUUID(), agencyId, drafter, chain, Instant.now(), DispatchState.DRAFTING,
                document, null, null, null, null, null, null, 0);
    }

    /** The drafter changes the text; only while the draft is with them. */
    public void edit(String actor, Dispatch newDocument) {
        if (!drafter.equals(actor)) {
            throw new NotTheDrafter(actor);
        }
        if (!state.editable()) {
            throw new DispatchNotInDraft(state);
        }
        document = newDocument;
    }

    /** The drafter chose the leaders who sign: the document (Sở chain) or the submission letter (UBND chain). */
    public void signersChosen(String signerId, String submissionSignerId) {
        if (processInstanceId != null) {
            throw new ChainAlreadyStarted();
        }
        signer = signerId;
        submissionSigner = submissionSignerId;
    }

    /** The chain's process started for this draft; from now on the process instance acts on this case only. */
    public void started(String instanceId) {
        if (processInstanceId != null) {
            throw new ChainAlreadyStarted();
        }
        Move.START.from(state);
        processInstanceId = instanceId;
    }

    /** The drafter hands the draft on for review. */
    public void submittedForReview() {
        state = Move.SUBMIT_FOR_REVIEW.from(state);
    }

    /** A reviewer or signer sends it back to the drafter, with a comment recorded beside it. */
    public void returned() {
        state = Move.RETURN.from(state);
    }

    /** Other agencies are asked for their opinion on the reviewed draft. */
    public void consulting() {
        state = Move.CONSULT.from(state);
    }

    /** Every consulted agency answered (or the deadline passed): the drafter compiles and revises. */
    public void compiling() {
        state = Move.COMPILE.from(state);
    }

    /** The reviewed draft goes to the Sở's leader for signature. */
    public void awaitingSignature() {
        state = Move.AWAIT_SIGNATURE.from(state);
    }

    /** The Sở's submission letter to UBND tỉnh, written for the Sở's leader to sign. */
    public void submissionPrepared(Dispatch letter) {
        Move.PREPARE_SUBMISSION.from(state);
        submission = letter;
    }

    /** The Sở's leader signed the submission letter; the văn thư numbers it next. */
    public void submissionSigned() {
        state = Move.SIGN_SUBMISSION.from(state);
    }

    /** The numbered submission reached Văn phòng UBND. */
    public void submittedToUbnd(Dispatch numberedLetter) {
        state = Move.SUBMIT_TO_UBND.from(state);
        submission = numberedLetter;
    }

    /** The UBND office's reviewer passed it to the head of the office. */
    public void officeReview() {
        state = Move.TO_HEAD_OF_OFFICE.from(state);
    }

    /** The head of the UBND office sent it back to the office's reviewer. */
    public void backToOfficeReviewer() {
        state = Move.BACK_TO_OFFICE_REVIEWER.from(state);
    }

    /** The head of the UBND office submits it to the chosen UBND leader. */
    public void awaitingUbndSignature(String ubndSigner) {
        state = Move.AWAIT_UBND_SIGNATURE.from(state);
        signer = ubndSigner;
    }

    /** The text with the signer's own block, as the signer will see and sign it. */
    public void preparedForSignature(Dispatch withSignerBlock) {
        Move.PREPARE_FOR_SIGNATURE.from(state);
        document = withSignerBlock;
    }

    /** The competent person signed the text that will be issued, exactly as prepared. */
    public void signed() {
        state = Move.SIGN.from(state);
    }

    /**
     * The văn thư sent the signed text back to the one who signed it (signed in a month that has passed, or a
     * fault she found): it is prepared and signed again.
     */
    public void backToSigner() {
        Move back = state == DispatchState.SUBMISSION_SIGNED ? Move.SUBMISSION_BACK_TO_SIGNER
                : Chains.SO_TRINH_UBND.equals(chain) ? Move.BACK_TO_UBND_SIGNER : Move.BACK_TO_SO_SIGNER;
        state = back.from(state);
    }

    /** The văn thư gave it its number and date; nothing changes after this. */
    public void issued(Dispatch issuedDocument, String symbol, LocalDate on) {
        state = Move.ISSUE.from(state);
        document = issuedDocument;
        issuedSymbol = symbol;
        issuedOn = on;
    }

    /** The signer refused to sign: the chain ends without a document. */
    public void rejected() {
        state = Move.REJECT.from(state);
    }

    /** The store wrote this state; the next save expects the next lock version. */
    void saved() {
        lockVersion++;
    }

    /** The body that numbers and issues the document: the Sở itself, or UBND tỉnh for a submission to it. */
    public String issuerId(String provincialCommittee) {
        return Chains.SO_BAN_HANH.equals(chain) ? agencyId : provincialCommittee;
    }

    public UUID id() { return id; }
    public String agencyId() { return agencyId; }
    public String drafter() { return drafter; }
    public String chain() { return chain; }
    public Instant createdAt() { return createdAt; }
    public DispatchState state() { return state; }
    public Dispatch document() { return document; }
    public Dispatch submission() { return submission; }
    public String signer() { return signer; }
    public String submissionSigner() { return submissionSigner; }
    public String processInstanceId() { return processInstanceId; }
    public String issuedSymbol() { return issuedSymbol; }
    public LocalDate issuedOn() { return issuedOn; }
    int lockVersion() { return lockVersion; }
}
