package vn.vanthu.directory;

import java.util.List;
import java.util.Optional;

/** Agencies and people of the province, and who may act for whom. */
public interface Directory {

    /** All agencies, UBND tỉnh first. */
    List<Agency> agencies();

    /** The agency with this id. */
    Optional<Agency> agency(String id);

    /** The person behind a Camunda user id. */
    Optional<Person> person(String userId);

    /** The people of an agency holding a role. */
    List<Person> people(String agencyId, Role role);

    /** The id of UBND tỉnh, the body Sở submit to. */
    String provincialCommittee();

    /** The agency a Camunda user works for; empty for users outside the directory such as "admin". */
    default Optional<Agency> agencyOf(String userId) {
        return person(userId).flatMap(p -> agency(p.agencyId()));
    }
}
