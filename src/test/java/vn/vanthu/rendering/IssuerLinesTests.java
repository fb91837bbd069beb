package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an agency's name typed as one line breaks in the header's left column (70 mm, 12 pt). */
class IssuerLinesTests {

    private static final double COLUMN = Typography.mmToPt(70) - 2;

    @Test
    void aNameBreaksBeforeItsConjunctionNotInsideAWord() {
        // an even split by width alone printed "SỞ LAO ĐỘNG – THƯƠNG / BINH VÀ XÃ HỘI"
        assertThat(IssuerLines.of("SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", 12, true, COLUMN))
                .containsExactly("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI");
        assertThat(IssuerLines.of("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 12, true, Typography.mmToPt(55)))
                .containsExactly("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH");
    }

    @Test
    void aParentBreaksBeforeThePlaceItGoverns() {
        assertThat(IssuerLines.of("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 12, false, COLUMN))
                .containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(IssuerLines.of("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", 12, false, COLUMN))
                .containsExactly("HỘI ĐỒNG NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU");
    }

    @Test
    void xaHoiIsNoCommune() {
        // were "XÃ" before "HỘI" read as a commune, "CHI CỤC BẢO TRỢ / XÃ HỘI" would be a break between phrases
        double narrow = Typography.mmToPt(32);
        List<String> lines = IssuerLines.of("CHI CỤC BẢO TRỢ XÃ HỘI", 12, true, narrow);
        assertThat(lines).hasSize(2).noneMatch(l -> l.startsWith("XÃ"));
        assertThat(IssuerLines.of("TRUNG TÂM BẢO TRỢ XÃ HỘI VÀ CÔNG TÁC XÃ HỘI", 12, true, COLUMN))
                .containsExactly("TRUNG TÂM BẢO TRỢ XÃ HỘI", "VÀ CÔNG TÁC XÃ HỘI");
    }

    @Test
    void withoutAPhraseToBreakAtTheLinesAreAsFewAsFillingWouldGiveAndTheWidestAsNarrowAsCanBe() {
        String name = "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH";
        List<String> filled = LineBreaks.breakLines(name, 12, true, COLUMN);
        List<String> lines = IssuerLines.of(name, 12, true, COLUMN);
        assertThat(lines).hasSameSizeAs(filled).hasSize(2);
        assertThat(String.join(" ", lines)).isEqualTo(name);
        double widest = widest(lines);
        assertThat(widest).isLessThanOrEqualTo(COLUMN);
        // no other break into two lines has a narrower widest line
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            List<String> other = List.of(String.join(" ", List.of(words).subList(0, i)),
                    String.join(" ", List.of(words).subList(i, words.length)));
            assertThat(widest(other)).as(other.toString()).isGreaterThanOrEqualTo(widest);
        }
    }

    private static double widest(List<String> lines) {
        return lines.stream().mapToDouble(l -> TextMetrics.width(l, 12, true)).max().orElseThrow();
    }

    @Test
    void aPhraseTooWideForTheColumnYieldsToTheFewestLines() {
        double narrow = Typography.mmToPt(40);
        String name = "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI";
        List<String> lines = IssuerLines.of(name, 12, true, narrow);
        assertThat(lines).hasSameSizeAs(LineBreaks.breakLines(name, 12, true, narrow));
        assertThat(lines).allSatisfy(l -> assertThat(TextMetrics.width(l, 12, true)).isLessThanOrEqualTo(narrow));
        assertThat(lines).last().isEqualTo("VÀ XÃ HỘI");
    }
}
