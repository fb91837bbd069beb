package vn.vanthu.document;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issue date as "2022-03-05", "05/3/2022", a bare year for a draft, or {day, month, year}.
 * Only the shape is checked here; whether the day exists is the validator's rule.
 */
final class IssueDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern VIETNAMESE = Pattern.compile("(?:(\\d{1,2})/)?(\\d{1,2})/(\\d{4})");

    private IssueDates() {
    }

    static IssueDate read(Object value, InputValues in) {
        return read(value, in, "date");
    }

    /** The date at {@code path} ("date", "copy.date"). */
    static IssueDate read(Object value, InputValues in, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return new IssueDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        if (value instanceof Map<?, ?>) {
            Map<String, Object> m = in.object(value, path, "date");
            Integer year = in.integer(m.get("year"), path + ".year");
            if (m.get("year") == null) {
                in.problem(path + ".year", "phải có năm ban hành");
            }
            Integer month = in.integer(m.get("month"), path + ".month");
            Integer day = in.integer(m.get("day"), path + ".day");
            if (year == null) {
                // the validator never sees a date without its year, so the ranges of the rest are named here
                if (month != null && (month < 1 || month > 12)) {
                    in.problem(path + ".month", "tháng phải từ 1 đến 12 (đang là " + month + ")");
                }
                if (day != null && (day < 1 || day > 31)) {
                    in.problem(path + ".day", "ngày phải từ 1 đến 31 (đang là " + day + ")");
                }
                return null;
            }
            return new IssueDate(day, month, year);
        }
        if (value instanceof Integer year) {
            return new IssueDate(null, null, year);
        }
        String text = in.text(value, path);
        if (text == null) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return new IssueDate(number(iso.group(3)), number(iso.group(2)), Integer.parseInt(iso.group(1)));
        }
        Matcher vn = VIETNAMESE.matcher(text);
        if (vn.matches()) {
            return new IssueDate(number(vn.group(1)), number(vn.group(2)), Integer.parseInt(vn.group(3)));
        }
        in.problem(path, "ngày phải viết dạng 2022-03-05, 05/3/2022 hoặc {day: 5, month: 3, year: 2022}"
                + " (đang là '" + Echo.of(text) + "')");
        return null;
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
