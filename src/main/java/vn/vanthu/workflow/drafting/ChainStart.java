package vn.vanthu.workflow.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.platform.NamedFact.FieldError;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.ChainProblem.RequestRefused;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.ConsultationPlan;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;

/**
 * The one way a chain starts: the drafter of a draft names who signs and (UBND chain) whom to consult
 * and for how many working days. Everything the process needs is stored with the dispatch; the process
 * starts with no variables at all.
 */
@Service
public class ChainStart {

    /** Working days a consulted agency may be given: at least one, at most six weeks. */
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 30;
    /** The working days consulted agencies get when the drafter does not say. */
    public static final int DEFAULT_DAYS = 5;
    /** Agencies one draft may be sent to for comments at once. */
    public static final int MAX_CONSULTED = 30;

    /** What the drafter chooses when starting: signer (a leader of the agency), consulted agencies, days. */
    public record Request(String signer, List<String> consulted, Integer consultationDays) {
        public Request {
            consulted = consulted == null ? List.of() : consulted;
            consultationDays = consultationDays == null ? DEFAULT_DAYS : consultationDays;
        }
    }

    /** A draft created and its chain started in one go. */
    public record Started(UUID id, String processInstanceId) {
    }

    private final DispatchStore store;
    private final ConsultationPlan plan;
    private final Directory directory;
    private final RuntimeService runtime;
    private final Drafting drafting;

    ChainStart(DispatchStore store, ConsultationPlan plan, Directory directory, RuntimeService runtime,
            Drafting drafting) {
        this.store = store;
        this.plan = plan;
        this.directory = directory;
        this.runtime = runtime;
        this.drafting = drafting;
    }

    /**
     * Creates the draft and, unless {@code request} is null, starts its chain, in one transaction: a refused
     * start leaves no draft behind. Without a start the process instance is null.
     */
    @Transactional
    public Started createAndStart(String user, String chain, Map<String, Object> input, Request request) {
        UUID id = drafting.create(user, chain, input);
        return new Started(id, request == null ? null : start(id, user, request));
    }

    /** Starts the dispatch's chain; returns the process instance id. Every bad field is named at once. */
    @Transactional
    public String start(UUID id, String user, Request request) {
        DispatchCase c = store.get(id);
        if (!c.drafter().equals(user)) {
            throw new NotTheDrafter(user);
        }
        Agency agency = directory.agency(c.agencyId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        String signer = signer(request.signer(), agency, errors);
        List<String> consulted = consulted(c, request, errors);
        if (!errors.isEmpty()) {
            throw new RequestRefused(errors);
        }
        boolean ubnd = Chains.SO_TRINH_UBND.equals(c.chain());
        // the Sở chain's signer signs the document; the UBND chain's signs the Sở's submission letter
        c.signersChosen(ubnd ? null : signer, ubnd ? signer : null);
        store.update(c);
        plan.fix(id, consulted, consulted.isEmpty() ? 0 : request.consultationDays());
        return runtime.startProcessInstanceByKey(c.chain(), id.toString()).getId();
    }

    /** The leaders of the agency who may sign, head first. */
    public List<Person> signers(Agency agency) {
        List<Person> leaders = new ArrayList<>(directory.people(agency.id(), Role.GIAM_DOC));
        leaders.addAll(directory.people(agency.id(), Role.PHO_GIAM_DOC));
        return leaders;
    }

    private String signer(String chosen, Agency agency, List<FieldError> errors) {
        if (chosen == null || chosen.isBlank()) {
            return signers(agency).stream().findFirst().map(Person::userId).orElse(null);
        }
        boolean leader = directory.person(chosen.strip()).filter(p -> Documents.signsFor(p, agency)).isPresent();
        if (!leader) {
            errors.add(new FieldError("signer", "người ký phải là Giám đốc hoặc Phó Giám đốc của "
                    + agency.shortName() + " (" + chosen + " không phải)"));
        }
        return chosen.strip();
    }

    private List<String> consulted(DispatchCase c, Request request, List<FieldError> errors) {
        List<String> asked = request.consulted();
        if (!asked.isEmpty() && Chains.SO_BAN_HANH.equals(c.chain())) {
            errors.add(new FieldError("consulted", "quy trình Sở ban hành không xin ý kiến cơ quan khác"));
            return List.of();
        }
        if (asked.size() > MAX_CONSULTED) {
            errors.add(new FieldError("consulted", "xin ý kiến tối đa " + MAX_CONSULTED + " cơ quan mỗi lần"));
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String a = asked.get(i) == null ? "" : asked.get(i).strip();
            String field = "consulted[" + i + "]";
            if (!seen.add(a)) {
                errors.add(new FieldError(field, "cơ quan " + a + " đã có trong danh sách"));
            } else if (directory.agency(a).filter(x -> x.kind() == Agency.Kind.SO).isEmpty()) {
                errors.add(new FieldError(field, "không có Sở nào mang mã " + a));
            } else if (a.equals(c.agencyId())) {
                errors.add(new FieldError(field, "không xin ý kiến chính cơ quan soạn thảo"));
            }
        }
        int days = request.consultationDays();
        if (!asked.isEmpty() && (days < MIN_DAYS || days > MAX_DAYS)) {
            errors.add(new FieldError("consultationDays", "thời hạn cho ý kiến phải từ " + MIN_DAYS + " đến "
                    + MAX_DAYS + " ngày làm việc (đang là " + days + ")"));
        }
        // an empty entry (null in the JSON) is already a field error above; stripping it here would throw
        return asked.stream().map(a -> a == null ? "" : a.strip()).toList();
    }
}
