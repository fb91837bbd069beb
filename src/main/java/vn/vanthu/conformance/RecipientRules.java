package vn.vanthu.conformance;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.document.Distribution;

/** "Nơi nhận:" (ô 9b): label style and position, items, and the closing "- Lưu: VT, …." line (PL I, II.9). */
final class RecipientRules {

    /** Spec §9/§17; a copy count "(2)" and a trailing ô 12 token ("PL.(300)", "NPH.") may follow. */
    private static final Pattern LUU =
            Pattern.compile("^- Lưu: VT(, .+?)?\\.( ?[A-ZĐ]{1,8}\\.)?( ?\\(\\d+\\)\\.?)?$");

    private RecipientRules() {
    }

    static void check(Layout layout, Findings out) {
        Profile p = layout.profile();
        Closing c = layout.closing();
        String clause = p.clause("PL I, II.9.d", "HD 36, nơi nhận");
        TextLine label = c.label();
        out.verdict(label != null && label.text().equals("Nơi nhận:"), "NN-LABEL", clause,
                label == null ? "not found" : Texts.quote(label.text()), "\"Nơi nhận:\" on the last page, left part",
                label == null ? layout.frame().mainPages() : label.page());
        out.size("NN-LABEL-SIZE", clause, label, Range.exactly(12));
        out.style("NN-LABEL-STYLE", clause, label == null ? List.of() : List.of(label), true, true);
        if (layout.minutes()) {
            out.skip("NN-LABEL-POS", "PL III, Mẫu 1.9", "a Biên bản puts Nơi nhận under the thư ký's signature");
        } else if (label == null || c.authority() == null) {
            out.skip("NN-LABEL-POS", clause, "label or signature not found");
        } else {
            float dy = label.baseline() - c.authority().baseline();
            out.verdict(Math.abs(dy) <= 3, "NN-LABEL-POS", clause, Texts.fmt("%+.1f pt from the authority line", dy),
                    "level with the first authority line ±3 pt", label.page());
        }
        items(c, p, clause, out);
        asAbove(layout.title(), c, p, out);
    }

    /**
     * Under a Kính gửi, Nơi nhận opens with "Như trên", standing for those Kính gửi names (PL I, II.9.b: "phía
     * dưới là từ 'Như trên'"). Naming each of them again instead is a WARN; leaving them out of Nơi nhận, a FAIL.
     */
    private static void asAbove(Title t, Closing c, Profile p, Findings out) {
        String clause = p.clause("PL I, II.9.b", "HD 36, nơi nhận");
        if (t == null || t.kinhGui().isEmpty() || c.items().isEmpty()) {
            out.skip("NN-NHUTREN", clause, t == null || t.kinhGui().isEmpty() ? "no Kính gửi" : "no Nơi nhận items");
            return;
        }
        String first = c.items().get(0).text();
        if (Distribution.asAbove(first)) {
            out.verdict(true, "NN-NHUTREN", clause, Texts.quote(first), "\"- Như trên\" first", c.page());
            return;
        }
        String listed = Texts.fold(String.join(" ", c.items().stream().map(Closing.Item::text).toList()));
        List<String> missing = addressees(t).stream().filter(a -> !listed.contains(Texts.fold(a))).toList();
        out.add("NN-NHUTREN", clause, missing.isEmpty() ? Finding.Status.WARN : Finding.Status.FAIL,
                missing.isEmpty() ? "Kính gửi named again: " + Texts.quote(first)
                        : "not in Nơi nhận: " + String.join("; ", missing), "\"- Như trên\" first", c.page());
    }

    /** Who Kính gửi names: "Kính gửi: Bộ Nội vụ" on one line, or "- Bộ Nội vụ;" lines under it. */
    private static List<String> addressees(Title t) {
        return t.kinhGui().stream()
                .map(l -> l.text().replaceFirst("^(?iu)kính gửi\\s*:?\\s*", "").replaceFirst("^-\\s*", "")
                        .replaceFirst("[;.,]\\s*$", "").trim())
                .filter(a -> !a.isEmpty()).toList();
    }

    private static void items(Closing c, Profile p, String clause, Findings out) {
        List<Closing.Item> items = c.items();
        if (items.isEmpty()) {
            String why = c.label() == null ? "no Nơi nhận" : "no items";
            out.skip("NN-ITEMS", clause, why);
            out.skip("NN-ITEMS-SIZE", clause, why);
            out.skip("NN-LAST", clause, why);
            return;
        }
        Closing.Item bad = null;
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).text();
            boolean last = i == items.size() - 1;
            // "- VP UBND tỉnh:" heads its "+ LĐVP, KGVX;" sub-items
            boolean heads = !last && text.startsWith("-") && text.endsWith(":") && items.get(i + 1).text().startsWith("+");
            boolean sub = text.startsWith("+") && i > 0 && (items.get(i - 1).text().endsWith(":")
                    || items.get(i - 1).text().startsWith("+"));
            boolean ends = last || heads || !text.isEmpty() && p.itemEnds().indexOf(text.charAt(text.length() - 1)) >= 0;
            if (bad == null && (!(text.startsWith("-") || sub) || !ends)) {
                bad = items.get(i);
            }
        }
        String ending = p.party() ? "\";\" or \",\"" : "\";\"";
        out.verdict(bad == null, "NN-ITEMS", clause, bad == null ? items.size() + " items" : "item " + Texts.quote(bad.text()),
                "each item starts \"-\" (sub-items \"+\" under an item ending \":\"), all but the last end " + ending, c.page());
        out.sizes("NN-ITEMS-SIZE", clause, items.stream().flatMap(i -> i.lines().stream()).toList(), Range.exactly(11));
        String last = items.get(items.size() - 1).text();
        boolean ok = p.party() ? last.startsWith("- Lưu") : LUU.matcher(last).matches();
        out.verdict(ok, "NN-LAST", clause, Texts.quote(last), p.party() ? "starts \"- Lưu\"" : "- Lưu: VT, <unit>.",
                c.page());
    }
}
