package vn.vanthu.workflow.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.vanthu.platform.NamedFact.FieldError;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.ChainProblem.AcceptedCommentsNotApplied;
import vn.vanthu.workflow.ChainProblem.RequestRefused;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Subjects;

/**
 * Tổng hợp, tiếp thu, giải trình: the drafter takes a position on every comment, and a comment accepted
 * must have changed the text that was sent for comments before the draft goes on to signature.
 */
@Service
public class Compilation {

    private final Consultations consultations;
    private final History history;
    private final Subjects subjects;
    private final Versions versions;

    Compilation(Consultations consultations, History history, Subjects subjects, Versions versions) {
        this.consultations = consultations;
        this.history = history;
        this.subjects = subjects;
        this.versions = versions;
    }

    /** Records the drafter's reception of each comment, once every comment has one and the text reflects it. */
    public void compile(DispatchCase c, List<Consultations.Reception> receptions) {
        Map<String, Consultations.Reception> byAgency = receptions.stream()
                .collect(Collectors.toMap(Consultations.Reception::agency, Function.identity(), (a, b) -> b));
        List<FieldError> errors = new ArrayList<>();
        boolean accepted = false;
        List<Consultations.Answer> answers = consultations.of(c.id());
        for (int i = 0; i < answers.size(); i++) {
            Consultations.Answer a = answers.get(i);
            Consultations.Reception r = byAgency.remove(a.agency());
            if (a.answer() != AnswerStatus.COMMENTED) {
                continue;
            }
            String field = "receptions[" + a.agency() + "]";
            if (r == null) {
                errors.add(new FieldError(field, "phải chọn tiếp thu hoặc giải trình ý kiến của " + a.agency()));
            } else if (!r.accepted() && (r.explanation() == null || r.explanation().isBlank())) {
                errors.add(new FieldError(field + ".explanation", "không tiếp thu thì phải giải trình lý do"));
            }
            accepted |= r != null && r.accepted();
        }
        byAgency.keySet().forEach(unknown -> errors.add(new FieldError("receptions[" + unknown + "]",
                "cơ quan " + unknown + " không được xin ý kiến về văn bản này")));
        if (!errors.isEmpty()) {
            throw new RequestRefused(errors);
        }
        if (accepted && unchangedSinceConsulted(c)) {
            throw new AcceptedCommentsNotApplied();
        }
        consultations.receive(c.id(), receptions);
    }

    /** The version sent for comments and the draft as the drafter has revised it since. */
    public record Revision(StoredVersion consulted, StoredVersion revised) {
    }

    /** The version sent for comments, and the draft as the drafter left it. */
    public Revision revision(DispatchCase c) {
        int sent = history.versionAt(c.id(), Chains.DAT_HAN_Y_KIEN)
                .orElseThrow(() -> new IllegalStateException("no consultation opened for " + c.id()));
        StoredVersion consulted = versions.list(c.id()).stream().filter(v -> v.version() == sent).findFirst()
                .orElseThrow();
        return new Revision(consulted, subjects.latest(c.id(), DocumentKind.MAIN));
    }

    private boolean unchangedSinceConsulted(DispatchCase c) {
        Revision r = revision(c);
        return r.consulted().contentSha256().equals(r.revised().contentSha256());
    }
}
