package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.vanthu.conformance.Finding.Status;

/** Collects findings for one document, prefixing rule ids with the active rule set ("ND30-", "HD36-"). */
final class Findings {

    private final Profile profile;
    private final List<Finding> list = new ArrayList<>();

    Findings(Profile profile) {
        this.profile = profile;
    }

    List<Finding> list() {
        return list;
    }

    void add(String rule, String clause, Status status, String measured, String expected, int page) {
        list.add(new Finding(profile.id(rule), clause, status, measured, expected, page));
    }

    void verdict(boolean ok, String rule, String clause, String measured, String expected, int page) {
        add(rule, clause, ok ? Status.PASS : Status.FAIL, measured, expected, page);
    }

    void skip(String rule, String clause, String why) {
        add(rule, clause, Status.SKIP, why, "-", 0);
    }

    /** Size of one element; SKIP when the element is absent (its presence is another rule's verdict). */
    void size(String rule, String clause, TextLine line, Range range) {
        if (line == null) {
            skip(rule, clause, "element not found");
            return;
        }
        verdict(range.holds(line.size()), rule, clause, Texts.fmtPt(line.size()), range.toString(), line.page());
    }

    /** Sizes of several lines: all must hold. */
    void sizes(String rule, String clause, List<TextLine> lines, Range range) {
        if (lines.isEmpty()) {
            skip(rule, clause, "element not found");
            return;
        }
        TextLine bad = lines.stream().filter(l -> !range.holds(l.size())).findFirst().orElse(null);
        String measured = lines.stream().map(l -> Texts.fmtPt(l.size())).distinct().collect(Collectors.joining(", "));
        verdict(bad == null, rule, clause, measured, range.toString(), (bad != null ? bad : lines.get(0)).page());
    }

    /** Bold and italic style of the lines; {@code null} means either is allowed. */
    void style(String rule, String clause, List<TextLine> lines, Boolean bold, Boolean italic) {
        if (lines.isEmpty()) {
            skip(rule, clause, "element not found");
            return;
        }
        TextLine bad = lines.stream().filter(l -> (bold != null && l.bold() != bold)
                || (italic != null && l.italic() != italic)).findFirst().orElse(null);
        TextLine shown = bad != null ? bad : lines.get(0);
        verdict(bad == null, rule, clause, describe(shown), describe(bold, italic), shown.page());
    }

    /** Horizontal offset of {@code centre} from {@code target}, within {@code tolMm}. */
    void centred(String rule, String clause, float centre, float target, float tolMm, String what, int page) {
        float off = centre - target;
        verdict(Math.abs(off) <= Texts.pt(tolMm), rule, clause, Texts.fmt("offset %+.1f mm", Texts.mm(off)),
                Texts.fmt("centred %s ±%.0f mm", what, tolMm), page);
    }

    private static String describe(TextLine l) {
        return (l.bold() ? "bold" : "regular") + (l.italic() ? " italic" : " upright");
    }

    private static String describe(Boolean bold, Boolean italic) {
        String b = bold == null ? "" : bold ? "bold" : "not bold";
        String i = italic == null ? "" : italic ? "italic" : "upright";
        return (b + " " + i).trim();
    }
}
