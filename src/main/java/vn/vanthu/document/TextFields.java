package vn.vanthu.document;

import java.util.List;

/** Walks every text field of a dispatch with its path, so no field escapes the character rules. */
final class TextFields {

    private TextFields() {
    }

    static void check(Dispatch d, List<FieldProblem> problems) {
        issuer("issuer", d.issuer(), problems);
        line("symbol", d.symbol(), problems);
        line("unit", d.unit(), problems);
        line("typeName", d.typeName(), problems);
        TextRules.check("summary", d.summary(), true, problems);
        lines("recipients", d.recipients(), problems);
        TextRules.check("authorityLine", d.authorityLine(), true, problems);
        lines("bases", d.bases(), problems);
        TextRules.check("proposal", d.proposal(), true, problems);
        TextRules.check("body", d.body(), true, problems);
        signature("signature", d.signature(), problems);
        signature("cosigner", d.cosigner(), problems);
        distribution("distribution", d.distribution(), problems);
        line("marks.circulation", d.marks().circulation(), problems);
        for (int i = 0; i < d.appendices().size(); i++) {
            Appendix appendix = d.appendices().get(i);
            String path = "appendices[" + i + "]";
            line(path + ".label", appendix.label(), problems);
            TextRules.check(path + ".title", appendix.title(), true, problems);
            TextRules.check(path + ".body", appendix.body(), true, problems);
        }
        for (int i = 0; i < d.attachments().size(); i++) {
            Attachment attachment = d.attachments().get(i);
            String path = "attachments[" + i + "]";
            line(path + ".name", attachment.name(), problems);
            TextRules.check(path + ".title", attachment.title(), true, problems);
            TextRules.check(path + ".body", attachment.body(), true, problems);
        }
        CopyForm copy = d.copy();
        if (copy != null) {
            issuer("copy.issuer", copy.issuer(), problems);
            signature("copy.signature", copy.signature(), problems);
            distribution("copy.distribution", copy.distribution(), problems);
            line("copy.signedAt", copy.signedAt(), problems);
        }
    }

    private static void issuer(String path, Issuer issuer, List<FieldProblem> problems) {
        if (issuer != null) {
            lines(path + ".parent", issuer.parent(), problems);
            lines(path + ".name", issuer.name(), problems);
            line(path + ".abbreviation", issuer.abbreviation(), problems);
            line(path + ".place", issuer.place(), problems);
            lines(path + ".contact", issuer.contact(), problems);
            line(path + ".fullName", issuer.fullName(), problems);
        }
    }

    private static void signature(String path, Signature signature, List<FieldProblem> problems) {
        if (signature != null) {
            for (int i = 0; i < signature.authority().size(); i++) {
                line(path + ".authority[" + i + "]", signature.authority().get(i).title(), problems);
            }
            line(path + ".title", signature.title(), problems);
            line(path + ".name", signature.name(), problems);
        }
    }

    private static void distribution(String path, Distribution distribution, List<FieldProblem> problems) {
        if (distribution != null) {
            lines(path + ".recipients", distribution.recipients(), problems);
            for (int i = 0; i < distribution.subItems().size(); i++) {
                lines(path + ".recipients[" + i + "].items", distribution.subItems().get(i), problems);
            }
            line(path + ".archive", distribution.archive(), problems);
            line(path + ".drafter", distribution.drafterInitials(), problems);
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
