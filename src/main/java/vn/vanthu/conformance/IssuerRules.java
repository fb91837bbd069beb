package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.document.Symbols;

/** Issuer (ô 2) with its rule or Party star, and the number line (ô 3): PL I, II.2–II.3; HD 36. */
final class IssuerRules {

    private static final Pattern ND30_DRAFT = Pattern.compile("^Số: ?/" + Symbols.ND30 + "$");
    private static final Pattern HD36_DRAFT = Pattern.compile("^Số ?-" + Symbols.PARTY + "$");

    private IssuerRules() {
    }

    static void check(Layout layout, Findings out) {
        Header h = layout.header();
        Profile p = layout.profile();
        String clause = p.clause("PL I, II.2.b", "HD 36, tên cơ quan ban hành");
        TextLine widest = h.widestIssuer();
        out.verdict(widest != null, "ISSUER-TEXT", clause, widest == null ? "no bold upper-case line in the left part"
                : Texts.quote(String.join(" / ", h.issuer().stream().map(TextLine::text).toList())),
                "bold upper-case issuer above the number, left part", 1);
        List<TextLine> all = new ArrayList<>(h.parent());
        all.addAll(h.issuer());
        out.sizes("ISSUER-SIZE", clause, all, p.party() ? Range.exactly(14) : Range.of(12, 13));
        top(h, clause, out);
        if (p.party()) {
            star(h, widest, clause, out);
        } else {
            rule(layout, widest, clause, out);
        }
        number(layout, widest, out);
    }

    /**
     * Every segment of the ký hiệu in capitals, except the official mixed-case abbreviations (TTg, QyĐ, CTr,
     * TTr, TrS): Phụ lục I, II.3.c and the abbreviation table of Phụ lục III.
     */
    private static void numberCase(TextLine n, Profile p, String clause, Findings out) {
        int from = n == null ? -1 : p.party() ? n.text().indexOf('-') : n.text().indexOf('/');
        if (from < 0) {
            out.skip("NUMBER-CASE", clause, "no ký hiệu found");
            return;
        }
        List<String> wrong = Symbols.wrongCase(n.text().substring(from + 1).strip());
        out.verdict(wrong.isEmpty(), "NUMBER-CASE", clause, wrong.isEmpty() ? "ký hiệu in capitals"
                + mixed(n.text()) : "lower case in " + String.join(", ", wrong),
                "capitals; mixed case only in " + String.join(", ", Symbols.MIXED_CASE.stream().sorted().toList()), 1);
    }

    private static String mixed(String text) {
        List<String> used = Symbols.MIXED_CASE.stream().filter(a -> text.matches(".*[-/]" + a + "\\b.*")).sorted()
                .toList();
        return used.isEmpty() ? "" : " (official " + String.join(", ", used) + ")";
    }

    /**
     * Ô 2 starts level with ô 1 (the diagram of Phụ lục I, IV sets both at the top of the text area): this
     * also proves that an issuer on the Quốc hiệu's baseline was read as a line of its own.
     */
    private static void top(Header h, String clause, Findings out) {
        TextLine first = h.parent().isEmpty() ? h.issuer().isEmpty() ? null : h.issuer().get(0) : h.parent().get(0);
        if (first == null || h.banner() == null) {
            out.skip("ISSUER-TOP", clause, "issuer or banner not found");
            return;
        }
        float dy = first.baseline() - h.banner().baseline();
        out.add("ISSUER-TOP", clause, Math.abs(dy) <= 3 ? Finding.Status.PASS : Finding.Status.WARN,
                Texts.fmt("%s %+.1f pt from the banner line", Texts.quote(first.text()), dy),
                "first line of ô 2 level with ô 1 ±3 pt (template)", 1);
    }

    private static void rule(Layout layout, TextLine widest, String clause, Findings out) {
        Header h = layout.header();
        if (widest == null) {
            out.skip("ISSUER-RULE", clause, "no issuer");
            out.skip("ISSUER-RULE-CENTRE", clause, "no issuer");
            return;
        }
        TextLine last = h.issuer().get(h.issuer().size() - 1);
        float depth = h.number() != null ? h.number().top() - last.baseline() : 2.5f * last.size();
        HRule rule = layout.frame().page(1).ruleUnder(last, depth);
        if (rule == null) {
            out.verdict(false, "ISSUER-RULE", clause, "no rule under the issuer", "1/3–1/2 of the issuer line", 1);
            out.skip("ISSUER-RULE-CENTRE", clause, "no rule");
            return;
        }
        float ratio = rule.width() / widest.width();
        out.verdict(ratio >= 0.32f && ratio <= 0.51f, "ISSUER-RULE", clause, Texts.fmt("rule %.1f mm vs issuer "
                + "%.1f mm (ratio %.2f)", Texts.mm(rule.width()), Texts.mm(widest.width()), ratio),
                "ratio 0.33–0.50 (±0.01)", 1);
        out.centred("ISSUER-RULE-CENTRE", clause, rule.centre(), widest.centre(), 2, "on the issuer", 1);
    }

    private static void star(Header h, TextLine widest, String clause, Findings out) {
        if (h.star() == null || widest == null) {
            out.verdict(false, "ISSUER-STAR", clause, h.star() == null ? "no \"*\" under the issuer" : "no issuer",
                    "\"*\" centred under the issuer ±2 mm", 1);
            return;
        }
        float off = h.star().centre() - widest.centre();
        out.verdict(Math.abs(off) <= Texts.pt(2), "ISSUER-STAR", clause, Texts.fmt("\"*\" offset %+.1f mm",
                Texts.mm(off)), "\"*\" centred under the issuer ±2 mm", 1);
    }

    private static void number(Layout layout, TextLine widest, Findings out) {
        Profile p = layout.profile();
        TextLine n = layout.header().number();
        String clause = p.clause("PL I, II.3", "HD 36, số và ký hiệu");
        if (n == null) {
            out.verdict(false, "NUMBER-FORMAT", clause, "no number line in the left part", "Số: 01/…", 1);
        } else {
            Pattern draft = p.party() ? HD36_DRAFT : ND30_DRAFT;
            boolean ok = p.numberFormat().matcher(n.text()).matches()
                    || layout.blanksAllowed() && draft.matcher(n.text()).matches();
            out.verdict(ok, "NUMBER-FORMAT", clause, Texts.quote(n.text()), p.party() ? "Số 01-CT/HU (no colon)"
                    : "Số: 01/QĐ-UBND (numbers below 10 zero-padded)" + (layout.blanksAllowed() ? "; blank in a draft or before issue" : ""), 1);
        }
        numberCase(n, p, clause, out);
        out.size("NUMBER-SIZE", clause, n, p.number());
        if (n == null || widest == null) {
            out.skip("NUMBER-POS", clause, "number or issuer not found");
        } else {
            out.centred("NUMBER-POS", clause, n.centre(), widest.centre(), 2, "under the issuer", 1);
        }
    }
}
