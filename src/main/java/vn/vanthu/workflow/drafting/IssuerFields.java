package vn.vanthu.workflow.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.Issuer;

/**
 * The issuer block (ô 1, ô 2, the ký hiệu's abbreviation, ô 4's place, ô 13) belongs to the body that issues
 * the document, as the directory knows it: a draft may leave it out or repeat it, never name another body.
 */
final class IssuerFields {

    private IssuerFields() {
    }

    /** One problem per field of the given block that differs from the issuing body's own; none when absent. */
    static List<FieldProblem> foreign(Issuer given, Issuer own) {
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null) {
            return problems;
        }
        differs(problems, "issuer.parent", given.parent(), own.parent(), !given.parent().isEmpty());
        differs(problems, "issuer.name", given.name(), own.name(), !given.name().isEmpty());
        differs(problems, "issuer.abbreviation", given.abbreviation(), own.abbreviation(), given.abbreviation() != null);
        differs(problems, "issuer.place", given.place(), own.place(), given.place() != null);
        differs(problems, "issuer.contact", given.contact(), own.contact(), !given.contact().isEmpty());
        differs(problems, "issuer.fullName", given.fullName(), own.fullName(), given.fullName() != null);
        return problems;
    }

    private static void differs(List<FieldProblem> problems, String field, Object given, Object own, boolean present) {
        if (present && !Objects.equals(given, own)) {
            problems.add(new FieldProblem(field, "cơ quan ban hành do hệ thống điền theo cơ quan của người soạn thảo ("
                    + shown(own) + "); bỏ trường này"));
        }
    }

    private static String shown(Object own) {
        String text = own instanceof List<?> lines ? String.join(" / ", lines.stream().map(String::valueOf).toList())
                : String.valueOf(own);
        return text.isEmpty() || "null".equals(text) ? "để trống" : text;
    }
}
