package vn.vanthu.conformance;

import java.util.List;

/** Type name and trích yếu (ô 5a), or the công văn "V/v" (ô 5b), and "Kính gửi" (ô 9a): PL I, II.5 and II.9. */
final class TitleRules {

    private TitleRules() {
    }

    static void check(Layout layout, Findings out) {
        Title t = layout.title();
        Profile p = layout.profile();
        String clause = p.clause("PL I, II.5.b", "HD 36, tên loại và trích yếu");
        boolean typed = t.typeName() != null;
        boolean congVan = !t.vv().isEmpty();
        String measured = typed && congVan ? "both a type name and a V/v line"
                : typed ? "type name " + Texts.quote(t.typeName().text())
                : congVan ? "công văn " + Texts.quote(t.vv().get(0).text()) : "neither a type name nor a V/v line";
        out.verdict(typed ^ congVan, "TITLE-KIND", clause, measured,
                "exactly one of: centred type name, V/v in the left part", 1);
        out.size("TYPE-SIZE", clause, t.typeName(), p.type());
        out.style("TYPE-BOLD", clause, typed ? List.of(t.typeName()) : List.of(), true, null);
        out.sizes("TRICHYEU-SIZE", clause, t.trichYeu(), p.trichYeu());
        out.style("TRICHYEU-BOLD", clause, t.trichYeu(), true, null);
        orphan(t, clause, out);
        rule(t, layout.frame(), p, clause, out);
        out.sizes("VV-SIZE", clause, t.vv(), Range.of(12, 13));
        out.style("VV-BOLD", clause, t.vv(), false, null);
        kinhGui(t, congVan, p, out);
    }

    /** A centred trích yếu does not end on a line of one word (typographic convention: WARN). */
    private static void orphan(Title t, String clause, Findings out) {
        if (t.trichYeu().size() < 2) {
            out.skip("TRICHYEU-ORPHAN", clause, "fewer than two trích yếu lines");
            return;
        }
        TextLine last = t.trichYeu().get(t.trichYeu().size() - 1);
        boolean orphan = !last.text().strip().contains(" ");
        out.add("TRICHYEU-ORPHAN", clause, orphan ? Finding.Status.WARN : Finding.Status.PASS,
                "last line " + Texts.quote(last.text()), "more than one word on the last line", 1);
    }

    private static void rule(Title t, Frame f, Profile p, String clause, Findings out) {
        if (t.typeName() == null || p.party()) {
            String why = p.party() ? "HD 36 sets no rule under the trích yếu (spec §14)" : "no type name";
            out.skip("TRICHYEU-RULE", clause, why);
            out.skip("TRICHYEU-RULE-CENTRE", clause, why);
            return;
        }
        TextLine widest = t.trichYeu().isEmpty() ? t.typeName() : t.widestTrichYeu();
        if (t.rule() == null) {
            out.verdict(false, "TRICHYEU-RULE", clause, "no rule under the trích yếu", "1/3–1/2 of the trích yếu", 1);
            out.skip("TRICHYEU-RULE-CENTRE", clause, "no rule");
            return;
        }
        float ratio = t.rule().width() / widest.width();
        out.verdict(ratio >= 0.32f && ratio <= 0.51f, "TRICHYEU-RULE", clause, Texts.fmt("rule %.1f mm vs "
                + "trích yếu %.1f mm (ratio %.2f)", Texts.mm(t.rule().width()), Texts.mm(widest.width()), ratio),
                "ratio 0.33–0.50 (±0.01)", 1);
        out.centred("TRICHYEU-RULE-CENTRE", clause, t.rule().centre(), widest.centre(), 2, "on the trích yếu", 1);
    }

    private static void kinhGui(Title t, boolean congVan, Profile p, Findings out) {
        String clause = p.clause("PL I, II.9.a", "HD 36, nơi nhận");
        if (!congVan) {
            out.skip("KINHGUI", clause, "not a công văn");
            out.skip("KINHGUI-SIZE", clause, "not a công văn");
            return;
        }
        TextLine k = t.kinhGui().isEmpty() ? null : t.kinhGui().get(0);
        out.verdict(k != null, "KINHGUI", clause, k == null ? "not found" : Texts.quote(k.text()),
                "\"Kính gửi:\" in a công văn", 1);
        out.sizes("KINHGUI-SIZE", clause, t.kinhGui(), Range.of(13, 14));
    }
}
