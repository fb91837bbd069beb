package vn.vanthu.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Person;

/**
 * The Sở's own Công văn that carries a draft to UBND tỉnh (seed 002, first document): "V/v đề nghị
 * ban hành …", numbered in the Sở's register, with the draft attached.
 */
final class SubmissionLetter {

    private SubmissionLetter() {
    }

    static Map<String, Object> of(Map<String, Object> draft, Agency sở, Person drafter, boolean consulted) {
        String type = String.valueOf(draft.getOrDefault("type", "cong-van"));
        String typeName = vn.vanthu.document.DocumentType.lookup(type).map(t -> t.displayName())
                .orElse("Công văn");
        String summary = String.valueOf(draft.getOrDefault("summary", "")).replace('\n', ' ');
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("type", "cong-van");
        letter.put("mode", "draft");
        letter.put("unit", drafter.unit());
        letter.put("symbol", sở.abbreviation() + "-" + drafter.unit());
        letter.put("summary", "đề nghị ban hành " + typeName + " " + summary);
        letter.put("recipients", List.of("Ủy ban nhân dân tỉnh"));
        String name = sở.shortName();
        letter.put("body", name + " đã xây dựng dự thảo " + typeName + " của Ủy ban nhân dân tỉnh "
                + lowerFirst(summary) + (consulted ? ", đã lấy ý kiến của các cơ quan có liên quan và tiếp thu, "
                + "giải trình (có bảng tổng hợp ý kiến kèm theo)" : "") + ".\n\n" + name
                + " kính đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định (Có Dự thảo kèm theo)./.");
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("recipients", List.of("Như trên", "Giám đốc"));
        distribution.put("archive", "VT, " + drafter.unit());
        letter.put("distribution", distribution);
        return DocumentMaps.asDraft(DocumentMaps.withIssuer(letter, sở));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
