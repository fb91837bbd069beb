package vn.vanthu.workflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/** A stored text is parsed once; another text is parsed anew; the cache stays within its bound. */
class ParsedDocumentsTests {

    private final List<String> parsedTexts = new ArrayList<>();
    private final ParsedDocuments documents = new ParsedDocuments(text -> {
        parsedTexts.add(text);
        return DispatchReader.read(text, "dispatch.json");
    });

    @Test
    void theSameTextIsParsedOnceAndAChangedTextAgain() {
        String first = json("triển khai kế hoạch");
        Dispatch a = documents.of(first);
        Dispatch b = documents.of(new String(first.toCharArray())); // equal text, another instance (a new row read)
        assertThat(b).isSameAs(a);
        assertThat(a.summary()).isEqualTo("triển khai kế hoạch");
        Dispatch c = documents.of(json("triển khai kế hoạch năm 2026"));
        assertThat(c.summary()).isEqualTo("triển khai kế hoạch năm 2026");
        assertThat(parsedTexts).hasSize(2);
    }

    @Test
    void startsOverPastItsBoundAndKeepsNoHugeText() {
        int kept = 0;
        for (int i = 0; documents.size() >= kept; i++) {
            kept = documents.size();
            documents.of(json("Về việc " + i + " " + "x".repeat(50_000)));
        }
        assertThat((long) kept * 50_000).isLessThanOrEqualTo(ParsedDocuments.MAX_CHARACTERS);
        assertThat(documents.size()).isEqualTo(1);
        documents.of(json("Về việc " + "y".repeat((int) (ParsedDocuments.MAX_CHARACTERS / 8))));
        assertThat(documents.size()).as("a text over a sixteenth of the bound is parsed, not kept").isEqualTo(1);
    }

    private static String json(String summary) {
        return "{\"type\":\"cong-van\",\"issuer\":{\"name\":[\"SỞ TƯ PHÁP\"],\"parent\":[\"UBND TỈNH QUẢNG NAM\"],"
                + "\"abbreviation\":\"STP\"},\"unit\":\"VP\",\"date\":{\"year\":2026},\"summary\":\"" + summary
                + "\",\"recipients\":[\"Sở Nội vụ\"],\"body\":\"Nội dung.\",\"signature\":{\"title\":\"GIÁM ĐỐC\","
                + "\"name\":\"Nguyễn Văn A\"},\"distribution\":{\"recipients\":[\"Như trên\"],\"archive\":\"VT\"}}";
    }
}
