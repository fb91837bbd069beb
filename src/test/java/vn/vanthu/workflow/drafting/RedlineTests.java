package vn.vanthu.workflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.workflow.drafting.Redline.Change;
import vn.vanthu.workflow.drafting.Redline.Segment;

/** A changed paragraph is told word by word, punctuation apart, and its segments print the text as typed. */
class RedlineTests {

    @Test
    void aWordAddedBeforeAFullStopIsTheOnlyChange() {
        Change c = bodyChange("Nội dung.", "Nội dung mới.");
        assertThat(c.segments()).containsExactly(new Segment("equal", "Nội dung"), new Segment("insert", " mới"),
                new Segment("equal", "."));
    }

    @Test
    void marksInsideAWordKeepItWholeAndTheSegmentsJoinToEitherText() {
        String before = "Thực hiện Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 với 1.000 hồ sơ; (Đ/c An) theo dõi.";
        String after = "Thực hiện Báo cáo số 52/BC-ĐGS, ngày 05/12/2019 với 1.200 hồ sơ; (Đ/c Bình) theo dõi!";
        Change c = bodyChange(before, after);
        assertThat(c.segments()).filteredOn(s -> !s.op().equals("equal")).extracting(Segment::text)
                .containsExactly(" 51/BC-ĐGS", " 52/BC-ĐGS", " 1.000", " 1.200", " An", " Bình", ".", "!");
        assertThat(join(c, "insert")).isEqualTo(after);
        assertThat(join(c, "delete")).isEqualTo(before);
    }

    @Test
    void aParagraphAddedIsOneInsert() {
        List<Change> changes = Redline.between(draft("Đoạn một."), draft("Đoạn một.\n\nĐoạn hai, mới."));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.before()).isEmpty();
            assertThat(c.segments()).containsExactly(new Segment("insert", "Đoạn hai, mới."));
        });
    }

    /** The text one side reads: the kept segments with the inserted ones, or with the deleted ones. */
    private static String join(Change c, String side) {
        StringBuilder text = new StringBuilder();
        c.segments().stream().filter(s -> s.op().equals("equal") || s.op().equals(side))
                .forEach(s -> text.append(s.text()));
        return text.toString();
    }

    private static Change bodyChange(String before, String after) {
        List<Change> changes = Redline.between(draft(before), draft(after));
        assertThat(changes).singleElement().extracting(Change::part).isEqualTo("Nội dung");
        return changes.get(0);
    }

    private static Dispatch draft(String body) {
        return DispatchReader.read("""
                type: cong-van
                issuer: {name: [SỞ TƯ PHÁP], abbreviation: STP, place: Đắk Lắk}
                summary: thử so sánh
                recipients: [Sở Nội vụ]
                body: |
                """ + body.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("") + "\n", "d.yaml");
    }
}
