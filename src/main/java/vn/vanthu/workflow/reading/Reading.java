package vn.vanthu.workflow.reading;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.platform.Language;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.workflow.ChainProblem.DispatchNotFound;
import vn.vanthu.workflow.Decision;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.consultation.AnswerStatus;
import vn.vanthu.workflow.consultation.Consultations;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.dispatch.Labels;
import vn.vanthu.workflow.dispatch.TaskLabels;
import vn.vanthu.workflow.dispatch.Visibility;

/** What a user may read of the dispatches: their agency's, those they are consulted on, those submitted to them. */
@Service
@Transactional(readOnly = true)
public class Reading {

    private final Visibility visibility;
    private final Directory directory;
    private final Versions versions;
    private final History history;
    private final Consultations consultations;

    Reading(Visibility visibility, Directory directory, Versions versions, History history,
            Consultations consultations) {
        this.visibility = visibility;
        this.directory = directory;
        this.versions = versions;
        this.history = history;
        this.consultations = consultations;
    }

    /** The dispatches the user may see, newest first. */
    public List<Views.Summary> visibleTo(String user, Language language) {
        return visibility.readableBy(user).stream().map(c -> summary(c, language)).toList();
    }

    /** One dispatch, if the user may see it (403 otherwise). */
    public Views.Detail detail(UUID id, String user, Language language) {
        DispatchCase c = visibility.readable(id, user);
        return new Views.Detail(summary(c, language), DispatchWriter.toMap(c.document()),
                c.submission() == null ? null : DispatchWriter.toMap(c.submission()), versions(id, language),
                decisions(id, language), answers(id, language));
    }

    /** The PDF of a version, if the user may see the dispatch. */
    public byte[] pdf(UUID id, int version, String user) {
        visibility.readable(id, user);
        return versions.pdf(id, version).orElseThrow(() -> new DispatchNotFound(id + " v" + version));
    }

    /** Every stored version of the dispatch, oldest first, with where to read each PDF. */
    public List<Views.Version> versions(UUID id, Language language) {
        return versions.list(id).stream().map(v -> version(v, language)).toList();
    }

    /** One stored version as the forms show it. */
    public Views.Version version(StoredVersion v, Language language) {
        String kindLabel = DocumentKind.of(v.documentKind()).map(k -> k.label(language)).orElse(v.documentKind());
        return new Views.Version(v.version(), v.documentKind(), kindLabel, v.step(), Labels.step(v.step(), language),
                v.actor(), nameOf(v.actor(), language), v.mode(), Labels.mode(v.mode(), language), v.createdAt(),
                "/api/dispatches/" + v.dispatchId() + "/versions/" + v.version() + "/pdf", v.pdfSha256());
    }

    /** The decisions made on the dispatch, in order. */
    public List<Views.Decision> decisions(UUID id, Language language) {
        return history.of(id).stream().map(e -> new Views.Decision(e.step(), Labels.step(e.step(), language),
                e.actor(), nameOf(e.actor(), language), e.decision(), Decision.of(e.decision())
                        .map(d -> d.label(language)).orElse(systemDecision(e.decision(), language)),
                e.comment(), e.version(), e.versionSha256(), e.at())).toList();
    }

    /** Every consulted agency's answer. */
    public List<Views.Answer> answers(UUID id, Language language) {
        return consultations.of(id).stream().map(a -> new Views.Answer(a.agency(),
                directory.agency(a.agency()).map(Agency::shortName).orElse(a.agency()), a.dueOn(),
                a.answer() == null ? null : a.answer().name(), AnswerStatus.label(a.answer(), language), a.comment(),
                a.accepted(), a.explanation())).toList();
    }

    /** The full name of a user for display, the system's name for "system", else the id. */
    public String nameOf(String user, Language language) {
        return "system".equals(user) ? Labels.system(language)
                : directory.person(user).map(Person::fullName).orElse(user);
    }

    /** A case as listed. */
    public static Views.Summary summary(DispatchCase c, Language language) {
        return new Views.Summary(c.id(), c.chain(), c.agencyId(), c.drafter(), c.state().name(),
                c.state().label(language), TaskLabels.title(c.document()), c.issuedSymbol(), c.issuedOn(),
                c.createdAt());
    }

    private static String systemDecision(String code, Language language) {
        boolean en = language == Language.EN;
        return switch (code) {
            case "consult" -> en ? "Sent for comments" : "Gửi xin ý kiến";
            case "no-answer" -> en ? "No answer by the deadline" : "Quá hạn, không trả lời";
            default -> code;
        };
    }
}
