package vn.vanthu.workflow.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.DispatchValidator;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Issuer;
import vn.vanthu.document.Mode;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchState;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Documents;
import vn.vanthu.workflow.dispatch.Renditions;

/** What a drafter does with the text: create a draft, change it while it is with them. */
@Service
public class Drafting {

    private final DispatchStore store;
    private final Directory directory;
    private final Renditions renditions;

    Drafting(DispatchStore store, Directory directory, Renditions renditions) {
        this.store = store;
        this.directory = directory;
        this.renditions = renditions;
    }

    /** Creates a draft for the user's agency; the issuer block is always the body that will issue it. */
    @Transactional
    public UUID create(String user, String chain, Map<String, Object> input) {
        if (!Chains.known(chain)) {
            throw new DecisionRefused("chain", "quy trình phải là " + Chains.SO_BAN_HANH + " hoặc "
                    + Chains.SO_TRINH_UBND);
        }
        Person drafter = drafter(user);
        DispatchCase c = DispatchCase.draft(drafter.agencyId(), user, chain, prepared(chain, drafter, input));
        store.insert(c);
        renditions.store(c, DocumentKind.MAIN, Step.SOAN_THAO.id(), user, c.document());
        return c.id();
    }

    /** The drafter replaces the text while the draft is with them; a new draft version is stored. */
    @Transactional
    public StoredVersion edit(UUID id, String user, Map<String, Object> input) {
        DispatchCase c = store.get(id);
        Person drafter = drafter(user);
        if (!c.agencyId().equals(drafter.agencyId())) {
            throw new NotYourAgency(user);
        }
        c.edit(user, prepared(c.chain(), drafter, input));
        store.update(c);
        Step step = c.state() == DispatchState.COMPILING ? Step.TONG_HOP_Y_KIEN : Step.SOAN_THAO;
        StoredVersion stored = renditions.store(c, DocumentKind.MAIN, step.id(), user, c.document());
        if (c.processInstanceId() != null) {
            // the drafter's open step now decides on the text they just wrote
            store.underDecision(id, stored.version());
        }
        return stored;
    }

    /** Reads and validates a draft and fills what the directory knows; every bad field is reported at once. */
    Dispatch prepared(String chain, Person drafter, Map<String, Object> input) {
        Agency issuer = Chains.SO_TRINH_UBND.equals(chain)
                ? directory.agency(directory.provincialCommittee()).orElseThrow()
                : directory.agency(drafter.agencyId()).orElseThrow();
        // a UBND document carries the unit of Văn phòng UBND that handles it, not the Sở's
        String unit = issuer.kind() == Agency.Kind.UBND_TINH
                ? directory.people(issuer.id(), Role.CHUYEN_VIEN).stream().map(Person::unit).findFirst()
                        .orElse(drafter.unit())
                : drafter.unit();
        Dispatch read = DispatchReader.fromMap(input == null ? Map.of() : input);
        Issuer own = Documents.issuer(issuer);
        // a draft never speaks for another body: the issuer block is the directory's, whatever the input says
        List<FieldProblem> problems = new ArrayList<>(IssuerFields.foreign(read.issuer(), own));
        if (read.number() != null) {
            problems.add(new FieldProblem("number", "số do văn thư cấp khi phát hành; bản dự thảo không ghi số"
                    + " (bỏ trường này)"));
        }
        Dispatch draft = Documents.draft(read.withIssuer(own), issuer, unit);
        problems.addAll(DispatchValidator.validate(draft, Mode.DRAFT));
        if (!problems.isEmpty()) {
            throw new InvalidDispatch(problems);
        }
        return draft;
    }

    private Person drafter(String user) {
        Person p = directory.person(user).orElseThrow(() -> new NotYourAgency(user));
        if (p.role() != Role.CHUYEN_VIEN) {
            throw new NotTheDrafter(user);
        }
        if (directory.agency(p.agencyId()).map(a -> a.kind() == Agency.Kind.UBND_TINH).orElse(false)) {
            // both chains are a Sở's: a draft of Văn phòng UBND would wait for a trưởng phòng it does not have
            throw new DecisionRefused("chain", "hai quy trình là của Sở: Văn phòng UBND thẩm định văn bản Sở trình,"
                    + " không khởi tạo văn bản mới");
        }
        return p;
    }
}
