package vn.vanthu.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.DispatchValidator;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.DispatchNotFound;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;

/** What a drafter does before the chain takes over: create and edit a draft, then start its chain. */
@Service
public class Dispatches {

    private final DispatchStore store;
    private final Directory directory;
    private final RuntimeService runtime;
    private final Renditions renditions;

    Dispatches(DispatchStore store, Directory directory, RuntimeService runtime, Renditions renditions) {
        this.store = store;
        this.directory = directory;
        this.runtime = runtime;
        this.renditions = renditions;
    }

    /** Creates a draft for the user's agency; the issuer block defaults to the body that will issue it. */
    @Transactional
    public UUID create(String user, String chain, Map<String, Object> document) {
        if (!Chains.known(chain)) {
            throw new DecisionRefused("chain", "quy trình phải là " + Chains.SO_BAN_HANH + " hoặc " + Chains.SO_TRINH_UBND);
        }
        Person drafter = drafter(user);
        DispatchCase c = DispatchCase.draft(drafter.agencyId(), user, chain, prepared(chain, drafter, document));
        store.insert(c);
        renditions.store(c, "main", Chains.SOAN_THAO, user, c.document());
        return c.id();
    }

    /** The drafter replaces the text while the draft is with them; a new draft version is stored. */
    @Transactional
    public void edit(UUID id, String user, Map<String, Object> document) {
        DispatchCase c = store.find(id).orElseThrow(() -> new DispatchNotFound(id));
        Person drafter = drafter(user);
        if (!c.agencyId().equals(drafter.agencyId())) {
            throw new NotYourAgency(user);
        }
        c.edit(user, prepared(c.chain(), drafter, document));
        store.update(c);
        renditions.store(c, "main", Chains.SOAN_THAO, user, c.document());
    }

    /** Starts the dispatch's chain; consulted agencies and working days matter for the UBND chain. */
    @Transactional
    public String start(UUID id, String user, List<String> consulted, int consultationDays) {
        DispatchCase c = store.find(id).orElseThrow(() -> new DispatchNotFound(id));
        if (!c.drafter().equals(user)) {
            throw new NotTheDrafter(user);
        }
        for (int i = 0; i < consulted.size(); i++) {
            if (directory.agency(consulted.get(i)).isEmpty()) {
                throw new DecisionRefused("consulted[" + i + "]", "không có cơ quan " + consulted.get(i));
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Chains.VAR_DISPATCH, id.toString());
        variables.put(Chains.VAR_AGENCY, c.agencyId());
        variables.put(Chains.VAR_DRAFTER, user);
        variables.put(Chains.VAR_CONSULTED_AGENCIES, new ArrayList<>(consulted));
        variables.put(Chains.VAR_CONSULTATION_NEEDED, !consulted.isEmpty());
        variables.put(Chains.VAR_CONSULTATION_DAYS, consultationDays);
        variables.put(Chains.VAR_SUBMISSION_NUMBERED, false);
        return runtime.startProcessInstanceByKey(c.chain(), id.toString(), variables).getId();
    }

    /** Validates a draft and fills what the directory knows; every bad field is reported at once. */
    Map<String, Object> prepared(String chain, Person drafter, Map<String, Object> document) {
        Agency issuer = Chains.SO_TRINH_UBND.equals(chain)
                ? directory.agency(directory.provincialCommittee()).orElseThrow()
                : directory.agency(drafter.agencyId()).orElseThrow();
        Map<String, Object> draft = DocumentMaps.asDraft(DocumentMaps.withIssuer(document, issuer));
        if (!draft.containsKey("unit") && !draft.containsKey("symbol")) {
            // a UBND document carries the unit of Văn phòng UBND that handles it, not the Sở's
            draft.put("unit", issuer.kind() == Agency.Kind.UBND_TINH
                    ? directory.people(issuer.id(), Role.CHUYEN_VIEN).stream().map(Person::unit).findFirst()
                            .orElse(drafter.unit())
                    : drafter.unit());
        }
        if (!draft.containsKey("signature")) {
            // until someone signs, the block shows the head's title; the signer's own block replaces it
            draft.put("signature", issuer.kind() == Agency.Kind.UBND_TINH
                    ? Map.of("authority", List.of("TM. ỦY BAN NHÂN DÂN"), "title", "CHỦ TỊCH")
                    : Map.of("title", "GIÁM ĐỐC"));
        }
        List<FieldProblem> problems = DispatchValidator.validate(DispatchReader.fromMap(draft), Mode.DRAFT);
        if (!problems.isEmpty()) {
            throw new InvalidDispatch(problems);
        }
        return draft;
    }

    private Person drafter(String user) {
        return directory.person(user).orElseThrow(() -> new NotYourAgency(user));
    }
}
