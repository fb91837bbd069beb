package vn.vanthu.numbering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.platform.CurrentUser;
import vn.vanthu.platform.NamedFact.FieldError;

/** Reads the agency and year of a register request and lets through only members of that agency. */
@Component
class RegisterAccess {

    private static final Pattern AGENCY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** Which register a request reads: whose, which calendar year, and whether its mật series too. */
    record Scope(Agency agency, int year, boolean confidential) {
    }

    private final Directory directory;

    RegisterAccess(Directory directory) {
        this.directory = directory;
    }

    /** The scope asked for, once both parameters are valid and the caller is a member of the agency. */
    Scope check(String agencyParam, String yearParam, CurrentUser user) {
        // both parameters are read before either is refused, so one answer names every one at fault
        List<FieldError> errors = new ArrayList<>();
        String agencyId = value(agencyParam);
        if (agencyId == null) {
            errors.add(InvalidParameter.error("agency", null, "Thiếu tham số agency."));
        } else if (!AGENCY.matcher(agencyId).matches()) {
            errors.add(InvalidParameter.error("agency", agencyId,
                    "Mã cơ quan chỉ gồm chữ thường không dấu, số và gạch (vd. ubnd, sldtbxh)."));
        }
        String yearText = value(yearParam);
        if (yearText == null) {
            errors.add(InvalidParameter.error("year", null, "Thiếu tham số year."));
        } else if (!YEAR.matcher(yearText).matches() || Integer.parseInt(yearText) < 1000) {
            errors.add(InvalidParameter.error("year", yearText, "Năm phải là một số có bốn chữ số (vd. 2026)."));
        }
        InvalidParameter.throwIfAny(errors);
        Agency agency = directory.agency(agencyId).orElseThrow(
                () -> new InvalidParameter("agency", agencyId, "Không có cơ quan nào mang mã " + agencyId + "."));
        // membership of the agency's own group, not of any "<agency>-…" role group: every role is also in it
        if (!user.in(agency.id())) {
            throw new NotYourAgency(user.id(), agency.id());
        }
        // the confidential series (Điều 15.2) is for those cleared to read mật documents only
        boolean cleared = directory.person(user.id()).map(p -> p.cleared()).orElse(false);
        return new Scope(agency, Integer.parseInt(yearText), cleared);
    }

    private static String value(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.trim();
    }
}
