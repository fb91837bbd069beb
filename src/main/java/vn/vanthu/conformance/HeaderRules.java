package vn.vanthu.conformance;

import java.util.List;
import vn.vanthu.conformance.Finding.Status;

/** Quốc hiệu and Tiêu ngữ (PL I, II.1), or the Party header "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36). */
final class HeaderRules {

    static final String QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

    private HeaderRules() {
    }

    static void check(Layout layout, Findings out) {
        Header h = layout.header();
        Frame f = layout.frame();
        if (layout.profile().party()) {
            party(h, f, out);
            return;
        }
        TextLine qh = h.banner();
        String clause = "PL I, II.1.a";
        if (qh == null) {
            out.verdict(false, "QH-TEXT", clause, "not found on page 1", QUOC_HIEU, 1);
        } else {
            out.verdict(qh.upper() && Texts.fold(qh.text()).equals(QUOC_HIEU), "QH-TEXT", clause,
                    Texts.quote(qh.text()), QUOC_HIEU + " (upper case)", 1);
            out.verdict(f.rightPart(qh), "QH-POS", clause, position(qh, f), "right part of page 1", 1);
        }
        out.size("QH-SIZE", clause, qh, Range.of(12, 13));
        out.style("QH-BOLD", clause, qh == null ? List.of() : List.of(qh), true, null);
        tieuNgu(h, f, out);
    }

    private static void tieuNgu(Header h, Frame f, Findings out) {
        TextLine tn = h.tieuNgu();
        String clause = "PL I, II.1.b";
        if (tn == null) {
            out.verdict(false, "TN-TEXT", clause, "not found under the Quốc hiệu", TIEU_NGU, 1);
        } else if (tn.text().equals(TIEU_NGU)) {
            out.verdict(true, "TN-TEXT", clause, Texts.quote(tn.text()), TIEU_NGU, 1);
        } else {
            // an en dash is the usual word-processor substitution: a deviation from the hyphen, not a missing element
            boolean dashOnly = tn.text().replaceAll("\\s*[–—]\\s*", " - ").equals(TIEU_NGU);
            out.add("TN-TEXT", clause, dashOnly ? Status.WARN : Status.FAIL, Texts.quote(tn.text()),
                    TIEU_NGU + " (hyphen-minus with spaces)", 1);
        }
        out.size("TN-SIZE", clause, tn, Range.of(13, 14));
        out.style("TN-BOLD", clause, tn == null ? List.of() : List.of(tn), true, null);
        if (tn == null || h.banner() == null) {
            out.skip("TN-CENTRE", clause, "element not found");
        } else {
            out.centred("TN-CENTRE", clause, tn.centre(), h.banner().centre(), 2, "under the Quốc hiệu", 1);
        }
        fullRule("TN-RULE", clause, tn, f, out);
    }

    private static void party(Header h, Frame f, Findings out) {
        TextLine banner = h.banner();
        String clause = "HD 36, tiêu đề";
        if (banner == null) {
            out.verdict(false, "HEADER-TEXT", clause, "not found on page 1", "ĐẢNG CỘNG SẢN VIỆT NAM", 1);
        } else {
            out.verdict(banner.upper() && f.rightPart(banner), "HEADER-TEXT", clause,
                    Texts.quote(banner.text()) + ", " + position(banner, f), "upper case, right part of page 1", 1);
        }
        out.size("HEADER-SIZE", clause, banner, Range.exactly(15));
        out.style("HEADER-BOLD", clause, banner == null ? List.of() : List.of(banner), true, null);
        fullRule("HEADER-RULE", clause, banner, f, out);
    }

    /** A rule under {@code line} as long as the line (±5 %) and centred on it (±2 mm). */
    private static void fullRule(String id, String clause, TextLine line, Frame f, Findings out) {
        if (line == null) {
            out.skip(id, clause, "element not found");
            out.skip(id + "-CENTRE", clause, "element not found");
            return;
        }
        HRule rule = f.page(1).ruleUnder(line, 2.2f * line.size());
        if (rule == null) {
            out.verdict(false, id, clause, "no rule under " + Texts.quote(line.text()), "rule = text width ±5 %", 1);
            out.skip(id + "-CENTRE", clause, "no rule");
            return;
        }
        float ratio = rule.width() / line.width();
        out.verdict(Math.abs(ratio - 1) <= 0.05f, id, clause, Texts.fmt("rule %.1f mm vs text %.1f mm (ratio %.2f)",
                Texts.mm(rule.width()), Texts.mm(line.width()), ratio), "ratio 0.95–1.05", 1);
        out.centred(id + "-CENTRE", clause, rule.centre(), line.centre(), 2, "on the text", 1);
    }

    static String position(TextLine l, Frame f) {
        return Texts.fmt("centre at %.0f %% of the text width", 100 * (l.centre() - f.textLeft()) / f.width());
    }
}
