package vn.vanthu.conformance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The reference line under the title of each phụ lục (PL I, III.1.c; PL III, Mẫu 2.1) and of each attached
 * text (Mẫu 1.3): "(Kèm theo Văn bản số … ngày … tháng … năm … của …)", complete with its issuer.
 */
final class ReferenceRules {

    private static final Pattern COMPLETE = Pattern.compile(
            "^\\((?:Ban hành )?[Kk]èm theo \\S.* số \\S.* ngày \\d{1,2} tháng \\d{1,2} năm \\d{4} của \\S.*\\)$");
    /** A draft leaves the number and the day (and maybe the month) blank. */
    private static final Pattern BLANKS = Pattern.compile(
            "^\\((?:Ban hành )?[Kk]èm theo \\S.* số \\S.* ngày (?:\\d{1,2} )?tháng (?:\\d{1,2} )?năm \\d{4} của \\S.*\\)$");
    /** The reference sits among the first lines of the unit's first page. */
    private static final int SEARCHED = 14;

    private ReferenceRules() {
    }

    static void check(Layout layout, Findings out) {
        Frame f = layout.frame();
        String clause = layout.profile().clause("PL I, III.1.c; PL III, Mẫu 1.3, 2.1", "HD 36, phụ lục");
        List<Integer> starts = f.unitStarts().subList(1, f.unitStarts().size());
        if (starts.isEmpty()) {
            out.skip("APPENDIX-REFERENCE", clause, "no phụ lục or attached text");
            return;
        }
        Pattern wanted = layout.header().blanksAllowed() ? BLANKS : COMPLETE;
        for (int page : starts) {
            String reference = reference(f.content(page));
            if (reference == null || !wanted.matcher(reference).matches()) {
                out.verdict(false, "APPENDIX-REFERENCE", clause, reference == null ? "no \"(Kèm theo …)\" line"
                        : Texts.quote(reference), "(Kèm theo <loại> số … ngày … tháng … năm … của <cơ quan>)", page);
                return;
            }
        }
        out.verdict(true, "APPENDIX-REFERENCE", clause, starts.size() + " reference line(s) complete",
                "(Kèm theo <loại> số … ngày … tháng … năm … của <cơ quan>)", starts.get(0));
    }

    /** The "(Kèm theo …)" text, its wrapped lines joined, or null. */
    private static String reference(List<TextLine> lines) {
        StringBuilder text = null;
        for (TextLine l : lines.subList(0, Math.min(SEARCHED, lines.size()))) {
            if (text == null && l.text().startsWith("(") && Texts.fold(l.text()).contains("KÈM THEO")) {
                text = new StringBuilder(l.text());
            } else if (text != null) {
                text.append(' ').append(l.text());
            }
            if (text != null && text.toString().endsWith(")")) {
                return text.toString();
            }
        }
        return text == null ? null : text.toString();
    }
}
