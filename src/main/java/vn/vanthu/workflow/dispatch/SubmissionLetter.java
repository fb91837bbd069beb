package vn.vanthu.workflow.dispatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Person;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Distribution;

/**
 * The Sở's own Công văn that carries a draft to UBND tỉnh (seed 002, first document): "V/v đề nghị
 * ban hành …", numbered in the Sở's register, with the draft attached. vanthu writes it as a clerk
 * would write input, so it passes the same reader and validator as any document.
 */
final class SubmissionLetter {

    private SubmissionLetter() {
    }

    static Dispatch of(Dispatch draft, Agency so, Person drafter, boolean consulted) {
        String typeName = draft.type() == null ? "văn bản" : draft.type().displayName();
        String summary = draft.summary() == null ? "" : draft.summary().replace('\n', ' ');
        String name = so.shortName();
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("type", "cong-van");
        letter.put("unit", drafter.unit());
        letter.put("summary", "đề nghị ban hành " + typeName + " " + summary);
        letter.put("recipients", List.of("Ủy ban nhân dân tỉnh"));
        letter.put("body", name + " đã xây dựng dự thảo " + typeName + " của Ủy ban nhân dân tỉnh "
                + lowerFirst(summary) + (consulted ? ", đã lấy ý kiến của các cơ quan có liên quan và tiếp thu, "
                + "giải trình (có bảng tổng hợp ý kiến kèm theo)" : "") + ".\n\n" + name
                + " kính đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định (Có Dự thảo kèm theo)./.");
        letter.put("distribution", Map.of("recipients", List.of(Distribution.AS_ABOVE, "Giám đốc"),
                "archive", "VT, " + drafter.unit()));
        return Documents.draft(DispatchReader.fromMap(letter), so, drafter.unit());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
