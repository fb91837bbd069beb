package vn.vanthu.conformance;

import java.util.List;
import java.util.regex.Pattern;

/** Place and date (ô 4): spec §5 padding, italic, size, same line as the number, centred under the banner. */
final class DateRules {

    private static final String DAY = "(0[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(0[12]|[3-9]|1[0-2])";
    static final Pattern DATE =
            Pattern.compile("^\\p{Lu}[^,]*, ngày " + DAY + " tháng " + MONTH + " năm \\d{4}$");
    /** A draft may leave the day, and the month, blank for the clerk's office to fill in. */
    static final Pattern DRAFT =
            Pattern.compile("^\\p{Lu}[^,]*, ngày( " + DAY + ")? tháng( " + MONTH + ")? năm \\d{4}$");

    private DateRules() {
    }

    static void check(Layout layout, Findings out) {
        Header h = layout.header();
        Profile p = layout.profile();
        TextLine d = h.date();
        String clause = p.clause("PL I, II.4", "HD 36, địa danh và ngày tháng");
        if (layout.minutes() && d == null) {
            for (String id : List.of("DATE-FORMAT", "DATE-ITALIC", "DATE-SIZE", "DATE-BASELINE", "DATE-POS")) {
                out.skip(id, "PL III, Mẫu 1.9", "a Biên bản has no place and date in the header");
            }
            return;
        }
        if (d == null) {
            out.verdict(false, "DATE-FORMAT", clause, "no date line in the right part", "Hà Nội, ngày 05 tháng 01 năm 2020", 1);
        } else {
            boolean ok = DATE.matcher(d.text()).matches() || layout.blanksAllowed() && DRAFT.matcher(d.text()).matches();
            out.verdict(ok, "DATE-FORMAT", clause, Texts.quote(d.text()),
                    "…, ngày DD tháng M năm YYYY (day < 10 and months 1–2 zero-padded, 3–12 not)", 1);
        }
        out.style("DATE-ITALIC", clause, d == null ? List.of() : List.of(d), null, true);
        out.size("DATE-SIZE", clause, d, p.date());
        if (p.party()) {
            // HD 36 puts the date under the header rule, level with the issuer, not with the number
            out.skip("DATE-BASELINE", clause, "Party layout: date is not on the number line");
        } else if (d == null || h.number() == null) {
            out.skip("DATE-BASELINE", clause, "number or date not found");
        } else {
            float dy = d.baseline() - h.number().baseline();
            out.verdict(Math.abs(dy) <= 2, "DATE-BASELINE", clause, Texts.fmt("%+.1f pt from the number line", dy),
                    "same baseline as the number ±2 pt", 1);
        }
        if (d == null || h.banner() == null) {
            out.skip("DATE-POS", clause, "date or banner not found");
        } else {
            out.centred("DATE-POS", clause, d.centre(), h.banner().centre(), 3,
                    p.party() ? "under the header" : "under the Quốc hiệu", 1);
        }
    }
}
