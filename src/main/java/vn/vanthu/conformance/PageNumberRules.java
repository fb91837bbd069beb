package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/** Page numbers: none on the first page of a unit, otherwise the page's index, centred in the top band (PL I, I.7). */
final class PageNumberRules {

    private PageNumberRules() {
    }

    static void check(Layout layout, Findings out) {
        Frame f = layout.frame();
        String clause = layout.profile().clause("PL I, I.7; III.1.đ", "HD 36, đánh số trang");
        List<TextLine> shown = new ArrayList<>();
        int firstBad = 0;
        String firstMeasured = null;
        String badNumbered = null;
        int badPage = 0;
        int numberedPages = 0;
        for (Page page : f.pages()) {
            List<TextLine> numbers = page.lines().stream()
                    .filter(l -> Frame.band(l) && l.text().matches("\\d+")).toList();
            shown.addAll(numbers);
            int index = f.unitIndex(page.number());
            if (index == 1) {
                if (!numbers.isEmpty() && firstBad == 0) {
                    firstBad = page.number();
                    firstMeasured = "page " + page.number() + " shows \"" + numbers.get(0).text() + "\"";
                }
                continue;
            }
            numberedPages++;
            String problem = problem(page, numbers, index, f);
            if (problem != null && badNumbered == null) {
                badNumbered = problem;
                badPage = page.number();
            }
        }
        out.verdict(firstBad == 0, "PAGENUM-FIRST", clause, firstMeasured == null ? "no number" : firstMeasured,
                "no number on the first page (of the document and of each appendix)", firstBad);
        if (numberedPages == 0) {
            out.skip("PAGENUM", clause, "single-page document");
        } else {
            out.verdict(badNumbered == null, "PAGENUM", clause,
                    badNumbered == null ? numberedPages + " page(s) numbered correctly" : badNumbered,
                    "index in its unit, centred in the top margin ±3 mm", badPage);
        }
        Range range = Range.of(13, 14);
        List<TextLine> numbered = shown.stream().filter(l -> f.unitIndex(l.page()) > 1).toList();
        out.sizes("PAGENUM-SIZE", clause, numbered, range);
    }

    private static String problem(Page page, List<TextLine> numbers, int index, Frame f) {
        if (numbers.isEmpty()) {
            return "page " + page.number() + " shows no number";
        }
        TextLine n = numbers.get(0);
        if (!n.text().equals(Integer.toString(index))) {
            return "page " + page.number() + " shows " + n.text() + ", expected " + index;
        }
        float mid = page.landscape() ? (Texts.pt(30) + page.width() - Texts.pt(15)) / 2 : f.mid();
        float off = n.centre() - mid;
        return Math.abs(off) <= Texts.pt(3) ? null
                : Texts.fmt("page %d: number offset %+.1f mm from centre", page.number(), Texts.mm(off));
    }
}
