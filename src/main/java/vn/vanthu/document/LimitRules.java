package vn.vanthu.document;

import java.util.List;

/**
 * Checks a dispatch against {@link InputLimits} on the raw text, before any markup is parsed: each problem
 * names the field, the limit and the size found.
 */
final class LimitRules {

    private final InputLimits limits;
    private final List<FieldProblem> problems;

    LimitRules(InputLimits limits, List<FieldProblem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Adds a problem per limit exceeded; true when every body is small enough to parse. */
    boolean check(Dispatch d) {
        chars("summary", d.summary(), limits.summaryChars());
        Issuer issuer = d.issuer();
        if (issuer != null) {
            header("issuer.parent", issuer.parent());
            header("issuer.name", issuer.name());
            chars("issuer.place", issuer.place(), limits.headerLineChars());
        }
        chars("typeName", d.typeName(), limits.headerLineChars());
        count("recipients", d.recipients().size(), limits.listItems(), "nơi nhận");
        count("bases", d.bases().size(), limits.listItems(), "căn cứ");
        lines("recipients", d.recipients());
        lines("bases", d.bases());
        if (d.distribution() != null) {
            count("distribution.recipients", d.distribution().recipients().size(), limits.listItems(), "nơi nhận");
            lines("distribution.recipients", d.distribution().recipients());
        }
        signer("signature", d.signature(), limits.signerLines(), limits.headerLineChars());
        signer("cosigner", d.cosigner(), limits.cosignerLines(), limits.cosignerChars());
        if (d.distribution() != null) {
            chars("distribution.drafter", d.distribution().drafterInitials(), limits.drafterChars());
            chars("distribution.archive", d.distribution().archive(), limits.headerLineChars());
        }
        if (issuer != null) {
            count("issuer.contact", issuer.contact().size(), limits.contactLines(), "dòng");
            for (int i = 0; i < issuer.contact().size(); i++) {
                chars("issuer.contact[" + i + "]", issuer.contact().get(i), limits.contactChars());
            }
        }
        count("appendices", d.appendices().size(), limits.appendices(), "phụ lục");
        count("attachments", d.attachments().size(), limits.attachments(), "văn bản kèm theo");
        boolean parsable = body("body", d.body());
        for (int i = 0; i < d.appendices().size(); i++) {
            chars("appendices[" + i + "].title", d.appendices().get(i).title(), limits.lineChars());
            parsable &= body("appendices[" + i + "].body", d.appendices().get(i).body());
        }
        for (int i = 0; i < d.attachments().size(); i++) {
            chars("attachments[" + i + "].title", d.attachments().get(i).title(), limits.lineChars());
            parsable &= body("attachments[" + i + "].body", d.attachments().get(i).body());
        }
        return parsable;
    }

    /**
     * The signature block stands whole beside Nơi nhận on the last page: its authority lines, the signer's title
     * and name are each a short line of the header's kind, and there are few of them; a second signer, in the
     * left column, has fewer and shorter ones.
     */
    private void signer(String field, Signature s, int lines, int lineChars) {
        if (s == null) {
            return;
        }
        count(field + ".authority", s.authority().size(), lines, "dòng");
        for (int i = 0; i < s.authority().size(); i++) {
            chars(field + ".authority[" + i + "]", s.authority().get(i).title(), lineChars);
        }
        chars(field + ".title", s.title(), lineChars);
        chars(field + ".name", s.name(), limits.headerLineChars());
    }

    private void header(String field, List<String> lines) {
        count(field, lines.size(), limits.headerLines(), "dòng");
        for (int i = 0; i < lines.size(); i++) {
            chars(field + "[" + i + "]", lines.get(i), limits.headerLineChars());
        }
    }

    private void lines(String field, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            chars(field + "[" + i + "]", items.get(i), limits.lineChars());
        }
    }

    private void chars(String field, String text, int limit) {
        if (text != null && text.length() > limit) {
            problems.add(new FieldProblem(field, "dài quá giới hạn " + grouped(limit) + " ký tự (đang có "
                    + grouped(text.length()) + ")"));
        }
    }

    private void count(String field, int size, int limit, String what) {
        if (size > limit) {
            problems.add(new FieldProblem(field, "quá giới hạn " + grouped(limit) + " " + what + " (đang có "
                    + grouped(size) + ")"));
        }
    }

    /** 20000 → "20.000", as Vietnamese writes thousands. */
    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** Characters, lines, paragraph length and table rows and columns of one body, on the raw text. */
    private boolean body(String field, String text) {
        if (text == null) {
            return true;
        }
        int before = problems.size();
        chars(field, text, limits.bodyChars());
        if (problems.size() > before) {
            return false; // counting lines of a text this long would be work for nothing
        }
        String[] lines = text.split("\n", -1);
        count(field, lines.length, limits.bodyLines(), "dòng");
        int paragraph = 0;
        int longest = 0;
        int rows = 0;
        int mostRows = 0;
        int widest = 0;
        for (String line : lines) {
            boolean row = line.stripLeading().startsWith("|");
            // table rows are not prose: a long table is no long paragraph
            paragraph = line.isBlank() || row ? 0 : paragraph + line.length() + 1;
            longest = Math.max(longest, paragraph);
            rows = row ? rows + 1 : 0;
            mostRows = Math.max(mostRows, rows);
            if (row) {
                widest = Math.max(widest, (int) line.chars().filter(c -> c == '|').count() - 1);
            }
        }
        if (longest > limits.paragraphChars()) {
            problems.add(new FieldProblem(field, "có đoạn văn dài quá giới hạn " + grouped(limits.paragraphChars())
                    + " ký tự"));
        }
        count(field, mostRows - 2, limits.tableRows(), "hàng trong một bảng");
        count(field, widest, limits.tableColumns(), "cột trong một bảng");
        return problems.size() == before;
    }
}
