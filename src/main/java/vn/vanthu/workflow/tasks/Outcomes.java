package vn.vanthu.workflow.tasks;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.exchange.ExchangeProblem.UnknownRecipients;
import vn.vanthu.exchange.Recipients;
import vn.vanthu.exchange.Resolution;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.NotYourTask;
import vn.vanthu.workflow.ChainProblem.SignedInAnotherMonth;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Decision;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.consultation.AnswerStatus;
import vn.vanthu.workflow.consultation.Compilation;
import vn.vanthu.workflow.consultation.Consultations;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.ConsultationPlan;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.drafting.Drafting;

/** What each decision does to the dispatch: the transitions, the drafter's last edits, the answers recorded. */
@Component
class Outcomes {

    private final DispatchStore store;
    private final ConsultationPlan plan;
    private final Drafting drafting;
    private final Compilation compilation;
    private final Consultations consultations;
    private final Directory directory;
    private final SignerSignature signature;
    private final Recipients recipients;

    Outcomes(DispatchStore store, ConsultationPlan plan, Drafting drafting, Compilation compilation,
            Consultations consultations, Directory directory, SignerSignature signature, Recipients recipients) {
        this.store = store;
        this.plan = plan;
        this.drafting = drafting;
        this.compilation = compilation;
        this.consultations = consultations;
        this.directory = directory;
        this.signature = signature;
        this.recipients = recipients;
    }

    /** Applies the decision; returns the version it finally applies to when the drafter changed the text. */
    StoredVersion apply(DispatchCase c, Step step, Decision decision, Person actor, Decisions.Request request,
            StoredVersion seen) {
        StoredVersion applied = seen;
        if (request.document() != null && step.actor().kind().equals("drafter")) {
            applied = drafting.edit(c.id(), actor.userId(), request.document());
            c = store.get(c.id());
        }
        switch (decision) {
            case RETURN -> {
                if (step == Step.CHANH_VAN_PHONG_DUYET) {
                    c.backToOfficeReviewer();
                } else if (step.decisions().contains(Decision.ISSUE)) {
                    c.backToSigner();
                } else {
                    c.returned();
                }
            }
            case SUBMIT -> submitted(c, step, request);
            case APPROVE -> approved(c, step, request);
            case SIGN -> {
                signature.sign(c, step, actor, request.pin(), seen);
                if (step == Step.LANH_DAO_SO_KY_TO_TRINH) {
                    c.submissionSigned();
                } else {
                    c.signed();
                }
            }
            case REJECT -> c.rejected();
            case AGREE, COMMENT -> answered(c, decision, actor, request.comment());
            case ISSUE -> {
                signedInMonthOf(step.subject() == DocumentKind.SUBMISSION ? c.submission() : c.document(),
                        LocalDate.now(Documents.VIETNAM));
                recipientsKnown(c, step);
            }
            default -> throw new IllegalStateException("unhandled decision " + decision);
        }
        store.update(c);
        return applied;
    }

    private void submitted(DispatchCase c, Step step, Decisions.Request request) {
        if (step == Step.TONG_HOP_Y_KIEN) {
            compilation.compile(c, request.receptions());
            c.awaitingSignature();
        } else {
            c.submittedForReview();
        }
    }

    private void approved(DispatchCase c, Step step, Decisions.Request request) {
        switch (step) {
            case TRUONG_PHONG_DUYET -> {
                // the UBND chain consults first when agencies were chosen (the consultation opens it)
                if (Chains.SO_BAN_HANH.equals(c.chain()) || plan.agencies(c.id()).isEmpty()) {
                    c.awaitingSignature();
                }
            }
            case VP_UBND_THAM_DINH -> c.officeReview();
            case CHANH_VAN_PHONG_DUYET -> c.awaitingUbndSignature(ubndSigner(request.signer()));
            default -> throw new IllegalStateException("approve at " + step);
        }
    }

    private String ubndSigner(String chosen) {
        Agency ubnd = directory.agency(directory.provincialCommittee()).orElseThrow();
        if (chosen == null || chosen.isBlank()) {
            throw new DecisionRefused("signer", "phải chọn lãnh đạo UBND tỉnh ký văn bản");
        }
        return directory.person(chosen.strip()).filter(p -> Documents.signsFor(p, ubnd)).map(Person::userId)
                .orElseThrow(() -> new DecisionRefused("signer", "người ký phải là Chủ tịch hoặc Phó Chủ tịch UBND"
                        + " tỉnh (" + chosen + " không phải)"));
    }

    /**
     * Before a number is given, every Kính gửi and Nơi nhận line must say where the document goes (an agency,
     * a person, or "not sent"): the văn thư maps an unknown line once; nothing is numbered or sent half.
     */
    private void recipientsKnown(DispatchCase c, Step step) {
        if (step.subject() != DocumentKind.MAIN) {
            return;
        }
        String issuer = c.issuerId(directory.provincialCommittee());
        Resolution resolution = recipients.resolve(c.document(), issuer);
        if (!resolution.complete()) {
            throw new UnknownRecipients(resolution.unknown());
        }
    }

    /** The number is given today, in the month and year printed on the signed text (only the day is blank). */
    static void signedInMonthOf(Dispatch signed, LocalDate today) {
        IssueDate date = signed == null ? null : signed.date();
        if (date != null && date.month() != null
                && (date.month() != today.getMonthValue() || date.year() != today.getYear())) {
            throw new SignedInAnotherMonth(date.month(), date.year(), today);
        }
    }

    private void answered(DispatchCase c, Decision decision, Person actor, String comment) {
        AnswerStatus status = decision == Decision.AGREE ? AnswerStatus.AGREED : AnswerStatus.COMMENTED;
        if (!consultations.answer(c.id(), actor.agencyId(), status, comment, actor.userId())) {
            throw new NotYourTask(actor.userId(), "cho ý kiến văn bản " + c.id());
        }
    }
}
