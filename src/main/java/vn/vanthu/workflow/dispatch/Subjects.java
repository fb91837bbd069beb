package vn.vanthu.workflow.dispatch;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.VersionChanged;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;

/**
 * The version each open step decides on, rendered before its task exists: the latest draft for a
 * review, the copy for signature with the signer's own block for a signing step. A decision names the
 * version it was made on; one made on any other version is refused.
 */
@Component
public class Subjects {

    private static final String SYSTEM = "system";

    private final DispatchStore store;
    private final ConsultationPlan plan;
    private final Versions versions;
    private final Renditions renditions;
    private final Directory directory;

    Subjects(DispatchStore store, ConsultationPlan plan, Versions versions, Renditions renditions,
            Directory directory) {
        this.store = store;
        this.plan = plan;
        this.versions = versions;
        this.renditions = renditions;
        this.directory = directory;
    }

    /** Makes sure the version the step decides on exists and marks it; signing steps render it first. */
    public StoredVersion prepare(DispatchCase c, Step step) {
        StoredVersion subject;
        if (step == Step.LANH_DAO_SO_KY_TO_TRINH) {
            Person drafter = person(c.drafter());
            boolean consulted = !plan.agencies(c.id()).isEmpty();
            c.submissionPrepared(Documents.forSignatureBy(SubmissionLetter.of(c.document(),
                    directory.agency(c.agencyId()).orElseThrow(), drafter, consulted), person(c.submissionSigner())));
            store.update(c);
            subject = renditions.store(c, DocumentKind.SUBMISSION, step.id(), SYSTEM, c.submission());
        } else if (step.signs()) {
            c.preparedForSignature(Documents.forSignatureBy(c.document(), person(c.signer())));
            store.update(c);
            subject = renditions.store(c, DocumentKind.MAIN, step.id(), SYSTEM, c.document());
        } else {
            subject = latest(c.id(), step.subject());
        }
        store.underDecision(c.id(), subject.version());
        return subject;
    }

    /** The version the open step decides on. */
    public StoredVersion current(UUID dispatch) {
        return store.underDecision(dispatch).flatMap(v -> versions.list(dispatch).stream()
                .filter(s -> s.version() == v).findFirst())
                .orElseThrow(() -> new IllegalStateException("dispatch " + dispatch + " has no version under decision"));
    }

    /**
     * The version under decision, if it is the one the user saw (named by its PDF's SHA-256 or its number);
     * VersionChanged if it is not, DecisionRefused if the decision names no version at all.
     */
    public StoredVersion seen(UUID dispatch, String pdfSha256, Integer shownVersion) {
        StoredVersion current = current(dispatch);
        if (pdfSha256 != null && !pdfSha256.isBlank()) {
            if (!current.pdfSha256().equalsIgnoreCase(pdfSha256.strip())) {
                throw new VersionChanged(shownVersion == null ? 0 : shownVersion, current.version());
            }
        } else if (shownVersion != null) {
            if (shownVersion != current.version()) {
                throw new VersionChanged(shownVersion, current.version());
            }
        } else {
            throw new DecisionRefused("versionSha256", "phải nêu phiên bản đã xem (versionSha256 hoặc version)"
                    + " để quyết định đúng trên văn bản đó");
        }
        return current;
    }

    /** The latest stored version of a document of the dispatch. */
    public StoredVersion latest(UUID dispatch, DocumentKind kind) {
        return latestIfAny(dispatch, kind)
                .orElseThrow(() -> new IllegalStateException("dispatch " + dispatch + " has no " + kind.code()));
    }

    /** The latest stored version of a document of the dispatch, if it has one yet. */
    public java.util.Optional<StoredVersion> latestIfAny(UUID dispatch, DocumentKind kind) {
        return versions.latest(dispatch, kind.code());
    }

    private Person person(String user) {
        return directory.person(user).orElseThrow(() -> new IllegalStateException("no person " + user));
    }
}
