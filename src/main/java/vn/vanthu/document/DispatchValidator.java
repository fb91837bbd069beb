package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.document.markup.Markup;

/**
 * Checks a dispatch against the Decree 30 rules an input can break, reporting every problem at once
 * with its field path and a Vietnamese message; cheap enough to run before every render. What it lets
 * through, the conformance checker passes: the two share the ký hiệu rules ({@link Symbols}).
 */
public final class DispatchValidator {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DispatchValidator() {
    }

    /** Every problem of the dispatch in the given mode (the dispatch's own mode when null); empty when fine. */
    public static List<FieldProblem> validate(Dispatch d, Mode mode) {
        Mode effective = mode == null ? d.mode() : mode;
        List<FieldProblem> problems = new ArrayList<>();
        boolean parsable = new LimitRules(InputLimits.DEFAULT, problems).check(d);
        HeaderRules.check(d, effective, problems);
        FormRules.check(d, problems);
        signature("signature", d.signature(), d.style(), effective.needsSigner(), problems);
        if (d.cosigner() != null) {
            signature("cosigner", d.cosigner(), d.style(), effective.needsSigner(), problems);
        }
        distribution(d, problems);
        CopyRules.check(d, effective, problems);
        TextFields.check(d, problems);
        if (parsable) {
            markup(d, problems);
        }
        return List.copyOf(problems);
    }

    /**
     * What is printed differently from what was typed, or looks like a slip, without stopping the render:
     * a day or number the văn thư will write, an authority line that YAML may have split at a comma.
     */
    public static List<FieldProblem> warnings(Dispatch d, Mode mode) {
        return Warnings.of(d, mode == null ? d.mode() : mode);
    }

    static void signature(String field, Signature signature, Style style, boolean needsName,
            List<FieldProblem> problems) {
        if (needsName && (signature == null || signature.name() == null)) {
            problems.add(new FieldProblem(field + ".name", "văn bản chính thức phải có họ tên người ký"));
        }
        if (signature == null) {
            return;
        }
        String name = signature.name();
        if (name != null && name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(VIETNAMESE))) {
            // Phụ lục I, II.7: the name is in normal case; the checker fails a name in capitals
            problems.add(new FieldProblem(field + ".name", "họ tên viết chữ thường, hoa chữ đầu mỗi tiếng (ví dụ"
                    + " Nguyễn Văn An), không viết toàn chữ in hoa: '" + name + "'"));
        }
        for (int i = 0; i < signature.authority().size(); i++) {
            Authority line = signature.authority().get(i);
            String path = field + ".authority[" + i + "]";
            if (line.title() == null || line.title().isBlank()) {
                problems.add(new FieldProblem(path, "thiếu chức vụ hoặc tên tập thể sau "
                        + line.prefix().written(style)));
            } else {
                upperCase(path, line.title(), "chức vụ", problems);
            }
        }
        upperCase(field + ".title", signature.title(), "chức vụ", problems);
    }

    // Phụ lục I, II.7.đ: the authority and title lines are printed in capitals.
    static void upperCase(String field, String title, String what, List<FieldProblem> problems) {
        if (title != null && !title.equals(title.toUpperCase(VIETNAMESE))) {
            problems.add(new FieldProblem(field, what + " phải viết chữ in hoa: '" + title.toUpperCase(VIETNAMESE)
                    + "' (đang là '" + Echo.of(title) + "')"));
        }
    }

    private static void distribution(Dispatch d, List<FieldProblem> problems) {
        Distribution distribution = d.distribution();
        boolean archive = distribution != null && distribution.archive() != null;
        if (!archive && d.unit() == null) {
            problems.add(new FieldProblem("distribution.archive",
                    "phải có dòng “Lưu” (archive, ví dụ VT, KGVX) hoặc viết tắt đơn vị soạn thảo (unit)"));
        }
        if (archive && d.style() == Style.ND30 && !distribution.archive().matches("VT(,.*)?")) {
            // Phụ lục I, II.9.d: the Lưu line names the văn thư first; the checker fails it otherwise
            problems.add(new FieldProblem("distribution.archive", "dòng Lưu phải bắt đầu bằng VT (văn thư"
                    + " lưu bản chính), ví dụ 'VT, " + distribution.archive() + "'"));
        }
        if (distribution != null && distribution.copies() != null && distribution.copies() < 1) {
            problems.add(new FieldProblem("distribution.copies",
                    "số bản phát hành phải từ 1 trở lên (đang là " + distribution.copies() + ")"));
        }
    }

    private static void markup(Dispatch d, List<FieldProblem> problems) {
        if (d.body() != null) {
            problems.addAll(Markup.problems(d.body(), "body"));
        }
        for (int i = 0; i < d.appendices().size(); i++) {
            String body = d.appendices().get(i).body();
            if (body != null) {
                problems.addAll(Markup.problems(body, "appendices[" + i + "].body"));
            }
        }
        for (int i = 0; i < d.attachments().size(); i++) {
            String body = d.attachments().get(i).body();
            if (body != null) {
                problems.addAll(Markup.problems(body, "attachments[" + i + "].body"));
            }
        }
    }
}
