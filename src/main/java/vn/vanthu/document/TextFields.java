package vn.vanthu.document;

import java.util.List;

/** Walks every text field of a dispatch with its path, so no field escapes the character rules. */
final class TextFields {

    private TextFields() {
    }

    static void check(Dispatch d, List<FieldProblem> problems) {
        Issuer issuer = d.issuer();
        if (issuer != null) {
            lines("issuer.parent", issuer.parent(), problems);
            lines("issuer.name", issuer.name(), problems);
            line("issuer.abbreviation", issuer.abbreviation(), problems);
            line("issuer.place", issuer.place(), problems);
            lines("issuer.contact", issuer.contact(), problems);
        }
        line("symbol", d.symbol(), problems);
        line("unit", d.unit(), problems);
        TextRules.check("summary", d.summary(), true, problems);
        lines("recipients", d.recipients(), problems);
        line("authorityLine", d.authorityLine(), problems);
        lines("bases", d.bases(), problems);
        line("proposal", d.proposal(), problems);
        TextRules.check("body", d.body(), true, problems);
        Signature signature = d.signature();
        if (signature != null) {
            for (int i = 0; i < signature.authority().size(); i++) {
                line("signature.authority[" + i + "]", signature.authority().get(i).title(), problems);
            }
            line("signature.title", signature.title(), problems);
            line("signature.name", signature.name(), problems);
        }
        Distribution distribution = d.distribution();
        if (distribution != null) {
            lines("distribution.recipients", distribution.recipients(), problems);
            line("distribution.archive", distribution.archive(), problems);
            line("distribution.drafter", distribution.drafterInitials(), problems);
        }
        line("marks.circulation", d.marks().circulation(), problems);
        for (int i = 0; i < d.appendices().size(); i++) {
            Appendix appendix = d.appendices().get(i);
            String path = "appendices[" + i + "]";
            line(path + ".label", appendix.label(), problems);
            TextRules.check(path + ".title", appendix.title(), true, problems);
            TextRules.check(path + ".body", appendix.body(), true, problems);
        }
    }

    private static void line(String field, String text, List<FieldProblem> problems) {
        TextRules.check(field, text, false, problems);
    }

    private static void lines(String field, List<String> items, List<FieldProblem> problems) {
        for (int i = 0; i < items.size(); i++) {
            TextRules.check(field + "[" + i + "]", items.get(i), false, problems);
        }
    }
}
