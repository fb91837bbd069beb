package vn.vanthu.numbering.web;

import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.platform.InvalidParameter;
import vn.vanthu.platform.RegisterQuery;

/** Reads the agency and year of a register request and lets through only members of that agency. */
@Component
class RegisterAccess {

    /** Which register a request reads: whose, which calendar year, and whether its mật series too. */
    record Scope(Agency agency, int year, boolean confidential) {
    }

    private final Directory directory;

    RegisterAccess(Directory directory) {
        this.directory = directory;
    }

    /** The scope asked for, once both parameters are valid and the caller is a member of the agency. */
    Scope check(String agencyParam, String yearParam, CurrentUser user) {
        RegisterQuery query = RegisterQuery.read(agencyParam, yearParam);
        Agency agency = directory.agency(query.agencyId()).orElseThrow(() -> new InvalidParameter("agency",
                query.agencyId(), "Không có cơ quan nào mang mã này."));
        // membership of the agency's own group, not of any "<agency>-…" role group: every role is also in it
        if (!user.in(agency.id())) {
            throw new NotYourAgency(user.id(), agency.id());
        }
        // the confidential series (Điều 15.2) is for those cleared to read mật documents only
        boolean cleared = directory.person(user.id()).map(p -> p.cleared()).orElse(false);
        return new Scope(agency, query.year(), cleared);
    }
}
