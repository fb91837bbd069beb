package vn.vanthu.workflow.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.DispatchWriter;
import vn.vanthu.platform.Language;
import vn.vanthu.exchange.Recipients;
import vn.vanthu.exchange.Resolution;
import vn.vanthu.workflow.Decision;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Subjects;
import vn.vanthu.workflow.dispatch.TaskLabels;
import vn.vanthu.workflow.drafting.Redlines;
import vn.vanthu.workflow.reading.Reading;
import vn.vanthu.workflow.reading.Views;

/** The user's work in the chain as the API and the Tasklist forms see it: the list and one task's form. */
@Service
@Transactional(readOnly = true)
public class Tasks {

    private final TaskService tasks;
    private final DispatchStore store;
    private final Subjects subjects;
    private final Reading reading;
    private final Redlines redlines;
    private final Directory directory;
    private final Recipients recipients;

    Tasks(TaskService tasks, DispatchStore store, Subjects subjects, Reading reading, Redlines redlines,
            Directory directory, Recipients recipients) {
        this.tasks = tasks;
        this.store = store;
        this.subjects = subjects;
        this.reading = reading;
        this.redlines = redlines;
        this.directory = directory;
        this.recipients = recipients;
    }

    /**
     * The tasks assigned to the user or offered to one of their groups; one read of the dispatches, so a
     * task completed by someone else meanwhile simply drops out of the list.
     */
    public List<TaskViews.Item> mine(String user, Language language) {
        List<Task> mine = new ArrayList<>(tasks.createTaskQuery().taskAssignee(user).list());
        mine.addAll(tasks.createTaskQuery().taskCandidateUser(user).list());
        Map<String, DispatchCase> cases = store.ofProcesses(mine.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(DispatchCase::processInstanceId, Function.identity()));
        List<TaskViews.Item> items = new ArrayList<>();
        for (Task t : mine) {
            DispatchCase c = cases.get(t.getProcessInstanceId());
            if (c != null) {
                items.add(new TaskViews.Item(t.getId(), t.getTaskDefinitionKey(), Step.of(t.getTaskDefinitionKey())
                        .map(s -> s.label(language)).orElse(t.getName()), c.id(), TaskLabels.title(c.document()),
                        c.issuedSymbol(), t.getAssignee(), t.getAssignee() == null ? null
                        : reading.nameOf(t.getAssignee(), language), t.getCreateTime().toInstant()));
            }
        }
        return items;
    }

    /** Everything a form shows for a task, the version its decision applies to first. */
    public TaskViews.View view(String taskId, String user, Language language) {
        Task task = Decisions.yours(taskId, user, tasks);
        Step step = Step.of(task.getTaskDefinitionKey()).orElseThrow();
        DispatchCase c = store.ofProcess(task.getProcessInstanceId());
        Views.Detail detail = reading.detail(c.id(), user, language);
        Views.Version subject = reading.version(subjects.current(c.id()), language);
        return new TaskViews.View(taskId, c.id(), c.chain(), step.id(), step.label(language),
                detail.summary().title(), c.state().name(), c.state().label(language), subject,
                attachments(c, step, language), changes(c, step, subject.version()),
                step.actor().kind().equals("drafter") ? DispatchWriter.toMap(c.document()) : null,
                detail.versions(), detail.history(), detail.consultations(), offers(step, language),
                step == Step.CHANH_VAN_PHONG_DUYET ? ubndSigners() : List.of(), returnComment(detail),
                recipientsFor(c, step));
    }

    /**
     * What changed in the draft: since the previous draft for a decision on the draft itself; for the
     * signature of the Sở's submission letter, what changed in the draft it carries (after the comments).
     */
    private Redlines.Comparison changes(DispatchCase c, Step step, int subject) {
        int version = step.subject() == DocumentKind.SUBMISSION
                ? latest(c, DocumentKind.MAIN).map(v -> v.version()).orElse(subject) : subject;
        return redlines.compare(c.id(), version).orElse(null);
    }

    /** The documents that go with the one decided on: the draft behind a submission, the submission behind a draft. */
    private List<Views.Version> attachments(DispatchCase c, Step step, Language language) {
        List<DocumentKind> kinds = switch (step) {
            case LANH_DAO_SO_KY_TO_TRINH, VAN_THU_SO_CAP_SO -> List.of(DocumentKind.MAIN,
                    DocumentKind.CONSULTATION_SUMMARY);
            case VP_UBND_THAM_DINH, CHANH_VAN_PHONG_DUYET, LANH_DAO_UBND_KY, VAN_THU_UBND_PHAT_HANH ->
                    List.of(DocumentKind.SUBMISSION, DocumentKind.CONSULTATION_SUMMARY);
            case TONG_HOP_Y_KIEN -> List.of(DocumentKind.CONSULTATION_SUMMARY);
            default -> List.of();
        };
        return kinds.stream().map(k -> latest(c, k)).flatMap(Optional::stream)
                .map(v -> reading.version(v, language)).toList();
    }

    private Optional<vn.vanthu.registry.StoredVersion> latest(DispatchCase c, DocumentKind kind) {
        return subjects.latestIfAny(c.id(), kind);
    }

    private static List<TaskViews.Offer> offers(Step step, Language language) {
        return step.decisions().stream().map(d -> new TaskViews.Offer(d.value(), d.label(language), d.needsComment()))
                .toList();
    }

    /** For the văn thư's step that sends the document: where it goes, and what is still unknown. */
    private TaskViews.Recipients recipientsFor(DispatchCase c, Step step) {
        if (!step.issues() || step.subject() != DocumentKind.MAIN) {
            return null;
        }
        String issuer = c.issuerId(directory.provincialCommittee());
        Resolution r = recipients.resolve(c.document(), issuer);
        return new TaskViews.Recipients(r.recipients(), r.notSent(), r.unknown(), issuer);
    }

    private List<TaskViews.Signer> ubndSigners() {
        String ubnd = directory.provincialCommittee();
        List<Person> leaders = new ArrayList<>(directory.people(ubnd, Role.CHU_TICH));
        leaders.addAll(directory.people(ubnd, Role.PHO_CHU_TICH));
        return leaders.stream().map(p -> new TaskViews.Signer(p.userId(), p.fullName(), p.role().title())).toList();
    }

    private static String returnComment(Views.Detail detail) {
        String last = null;
        for (Views.Decision d : detail.history()) {
            if (Decision.RETURN.value().equals(d.decision())) {
                last = d.comment();
            }
        }
        return last;
    }
}
