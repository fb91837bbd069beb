package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.document.markup.Markup;

/**
 * Checks a dispatch against the Decree 30 rules an input can break, reporting every problem at once
 * with its field path and a Vietnamese message; cheap enough to run before every render.
 */
public final class DispatchValidator {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DispatchValidator() {
    }

    /** Every problem of the dispatch in the given mode (the dispatch's own mode when null); empty when fine. */
    public static List<FieldProblem> validate(Dispatch d, Mode mode) {
        Mode effective = mode == null ? d.mode() : mode;
        List<FieldProblem> problems = new ArrayList<>();
        HeaderRules.check(d, effective, problems);
        if (d.summary() == null || d.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "phải có trích yếu nội dung văn bản"));
        }
        if (d.type() == DocumentType.CONG_VAN && d.recipients().isEmpty()) {
            problems.add(new FieldProblem("recipients", "công văn phải có nơi nhận ở phần “Kính gửi”"));
        }
        signature(d.signature(), d.style(), effective, problems);
        distribution(d, problems);
        TextFields.check(d, problems);
        markup(d, problems);
        return List.copyOf(problems);
    }

    private static void signature(Signature signature, Style style, Mode mode, List<FieldProblem> problems) {
        if (mode != Mode.DRAFT && (signature == null || signature.name() == null)) {
            problems.add(new FieldProblem("signature.name", "văn bản chính thức phải có họ tên người ký"));
        }
        if (signature == null) {
            return;
        }
        for (int i = 0; i < signature.authority().size(); i++) {
            Authority line = signature.authority().get(i);
            String field = "signature.authority[" + i + "]";
            if (line.title() == null || line.title().isBlank()) {
                problems.add(new FieldProblem(field, "thiếu chức vụ hoặc tên tập thể sau "
                        + line.prefix().written(style)));
            } else {
                upperCase(field, line.title(), problems);
            }
        }
        upperCase("signature.title", signature.title(), problems);
    }

    // Phụ lục I, II.7.đ: the authority and title lines are printed in capitals.
    private static void upperCase(String field, String title, List<FieldProblem> problems) {
        if (title != null && !title.equals(title.toUpperCase(VIETNAMESE))) {
            problems.add(new FieldProblem(field, "chức vụ phải viết chữ in hoa: '" + title.toUpperCase(VIETNAMESE)
                    + "' (đang là '" + title + "')"));
        }
    }

    private static void distribution(Dispatch d, List<FieldProblem> problems) {
        Distribution distribution = d.distribution();
        boolean archive = distribution != null && distribution.archive() != null;
        if (!archive && d.unit() == null) {
            problems.add(new FieldProblem("distribution.archive",
                    "phải có dòng “Lưu” (archive, ví dụ VT, KGVX) hoặc viết tắt đơn vị soạn thảo (unit)"));
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
    }
}
