package vn.vanthu.workflow.dispatch;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.workflow.ChainProblem.NotYourAgency;
import vn.vanthu.workflow.Chains;

/**
 * Who may read a dispatch: its own agency, the agencies consulted on it, UBND tỉnh once a Sở submitted
 * it; a mật document only its drafter, its signers and people cleared for confidential documents.
 */
@Component
public class Visibility {

    // one WHERE clause over "d" for the list and for one dispatch, so the two cannot disagree
    private static final String READABLE = "(d.agency_id = ? "
            + "or exists (select 1 from consultation c where c.dispatch_id = d.id and c.agency_id = ?) "
            + "or (? and d.chain = '" + Chains.SO_TRINH_UBND + "' and d.state in ('SUBMITTED', 'OFFICE_REVIEW', "
            + "'AWAITING_UBND_SIGNATURE', 'SIGNED', 'ISSUED'))) "
            + "and (d.document->'marks'->>'secrecy' is null or ? or ? in (d.drafter, d.signer, d.submission_signer))";

    private final DispatchStore store;
    private final Directory directory;

    Visibility(DispatchStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    /** The dispatches the user may read, newest first. */
    public List<DispatchCase> readableBy(String user) {
        Person p = person(user);
        return store.where(READABLE, args(p));
    }

    /** The dispatch, if the user may read it; NotYourAgency when they may not, DispatchNotFound if none. */
    public DispatchCase readable(UUID id, String user) {
        // one read of the row when the user may read it; store.get only to tell "none" from "not yours"
        Person p = directory.person(user).orElse(null);
        List<DispatchCase> found = List.of();
        if (p != null) {
            Object[] args = args(p);
            Object[] withId = new Object[args.length + 1];
            withId[0] = id;
            System.arraycopy(args, 0, withId, 1, args.length);
            found = store.where("d.id = ? and " + READABLE, withId);
        }
        if (found.isEmpty()) {
            store.get(id);
            throw new NotYourAgency(user);
        }
        return found.get(0);
    }

    /** The person behind a user id; users outside the directory (the administrator) act for no agency. */
    public Person person(String user) {
        return directory.person(user).orElseThrow(() -> new NotYourAgency(user));
    }

    private Object[] args(Person p) {
        boolean ubnd = p.agencyId().equals(directory.provincialCommittee());
        return new Object[] {p.agencyId(), p.agencyId(), ubnd, p.cleared(), p.userId()};
    }
}
