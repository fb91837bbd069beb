package vn.vanthu.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;

/** What each decision does to the dispatch: the transitions, the new texts, the versions stored. */
@Component
class Steps {

    private final Dispatches dispatches;
    private final Directory directory;
    private final Renditions renditions;
    private final Consultations consultations;
    private final ObjectMapper json;

    Steps(Dispatches dispatches, Directory directory, Renditions renditions, Consultations consultations,
            ObjectMapper json) {
        this.dispatches = dispatches;
        this.directory = directory;
        this.renditions = renditions;
        this.consultations = consultations;
        this.json = json;
    }

    void apply(DispatchCase c, String step, Decision decision, String actor, DelegateTask task) {
        switch (decision) {
            case RETURN -> c.returned();
            case SUBMIT -> submitted(c, step, actor, task);
            case APPROVE -> approved(c, step, task);
            case SIGN -> signed(c, step, actor);
            case AGREE, COMMENT -> consultations.answer(c.id(), (String) task.getVariable(Chains.VAR_CONSULTED_AGENCY),
                    decision, (String) task.getVariable(Chains.VAR_COMMENT), actor);
            default -> { }
        }
    }

    private void submitted(DispatchCase c, String step, String actor, DelegateTask task) {
        if (Chains.TONG_HOP_Y_KIEN.equals(step)) {
            Object explanations = task.getVariable(Chains.VAR_EXPLANATIONS);
            consultations.explain(c.id(), explanations == null ? "[]" : explanations.toString());
            c.awaitingSignature();
            return;
        }
        Object edited = task.getVariable(Chains.VAR_DOCUMENT);
        if (edited != null && !edited.toString().isBlank()) {
            Person drafter = directory.person(actor).orElseThrow();
            c.edit(actor, dispatches.prepared(c.chain(), drafter, parse(edited.toString())));
            task.getExecution().removeVariable(Chains.VAR_DOCUMENT);
        }
        c.submittedForReview();
        renditions.store(c, "main", step, actor, c.document());
        if (Chains.SO_TRINH_UBND.equals(c.chain())) {
            Agency so = directory.agency(c.agencyId()).orElseThrow();
            boolean consulted = Boolean.TRUE.equals(task.getVariable(Chains.VAR_CONSULTATION_NEEDED));
            c.withSubmission(SubmissionLetter.of(c.document(), so, directory.person(actor).orElseThrow(), consulted));
        }
    }

    private void approved(DispatchCase c, String step, DelegateTask task) {
        if (Chains.VP_UBND_THAM_DINH.equals(step)) {
            c.awaitingUbndSignature();
        } else if (!Boolean.TRUE.equals(task.getVariable(Chains.VAR_CONSULTATION_NEEDED))) {
            c.awaitingSignature();
        }
    }

    private void signed(DispatchCase c, String step, String actor) {
        Person signer = directory.person(actor).orElseThrow();
        if (Chains.LANH_DAO_SO_KY_TO_TRINH.equals(step)) {
            c.withSubmission(DocumentMaps.signedBy(c.submission(), signer, Agency.Kind.SO));
            renditions.store(c, "submission", step, actor, c.submission());
            c.submittedToUbnd();
            return;
        }
        Agency.Kind kind = Chains.LANH_DAO_UBND_KY.equals(step) ? Agency.Kind.UBND_TINH : Agency.Kind.SO;
        c.signed(DocumentMaps.signedBy(c.document(), signer, kind));
        renditions.store(c, "main", step, actor, c.document());
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new DecisionRefused("document", "văn bản gửi lên không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
    }
}
