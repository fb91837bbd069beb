package vn.vanthu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.platform.NamedFact.FieldError;

/**
 * Which register a request asks for, a sổ văn bản đi or đến: the agency's code and the calendar year, read
 * together so that one refusal names every parameter at fault.
 */
public record RegisterQuery(String agencyId, int year) {

    private static final Pattern AGENCY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** The query, once both parameters are given and well formed; {@link InvalidParameter} naming each otherwise. */
    public static RegisterQuery read(String agencyParam, String yearParam) {
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
        return new RegisterQuery(agencyId, Integer.parseInt(yearText));
    }

    private static String value(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.trim();
    }
}
