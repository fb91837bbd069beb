package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;

/**
 * Bodies of the shapes clerks type into the start form, which leave the checker little to measure the text
 * edges on: each renders and passes, and a paragraph that does wrap is still measured as justified.
 */
class BodyShapesTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    @ParameterizedTest
    @ValueSource(strings = {
        // one long first line, then one-line items: once read as a single paragraph with a ragged right edge
        "Để nâng cao chất lượng giáo dục toàn diện, Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Giáo dục và Đào tạo chủ trì"
            + " triển khai.\n\n2. Các trường bố trí thời lượng phù hợp.\n\n3. Báo cáo kết quả trước ngày 30/6.",
        // two long one-line paragraphs: both indented, so the long lines alone would put the edge at the indent
        "Để nâng cao chất lượng giáo dục toàn diện, Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Giáo dục và Đào tạo chủ trì"
            + " triển khai.\n\n2. Các trường bố trí thời lượng phù hợp.\n\n4. Sở Thông tin và Truyền thông phối hợp"
            + " tuyên truyền trên cổng thông tin.",
        "Đề nghị các đơn vị thực hiện.",
        "Đề nghị các đơn vị thực hiện.\n\nTrân trọng.",
        "Sở Giáo dục và Đào tạo đề nghị các phòng giáo dục và đào tạo huyện, thị xã, thành phố chỉ đạo các trường"
            + " rà soát."})
    void passesTheChecker(String body) throws Exception {
        Dispatch d = Fixtures.congVan(body);
        Report report = CHECKER.check(RENDERER.render(d, d.mode()), "x");

        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        Finding justify = report.findings().stream().filter(f -> f.ruleId().endsWith("BODY-JUSTIFY")).findFirst()
                .orElseThrow();
        if (body.startsWith("Sở Giáo dục")) {
            // the one paragraph wraps: its first line is measured, and ends at the right margin
            assertThat(justify.measured()).contains("1 non-last lines").contains("100 %");
        }
    }

    /**
     * A short Quyết định: its long lines are all indented first lines (a căn cứ that wraps once, articles of one
     * line), and its authority line and "QUYẾT ĐỊNH:" sit centred between them. Once the authority line was
     * measured as a paragraph indented 7 mm and the articles' edge was put at their indent.
     */
    @Test
    void aShortQuyetDinhIsMeasuredAtItsIndentFromThePageEdge() throws Exception {
        Dispatch d = Inputs.yaml("""
                type: quyet-dinh
                mode: draft
                issuer: {parent: [UBND TỈNH ĐẮK LẮK], name: [SỞ LAO ĐỘNG – THƯƠNG BINH, VÀ XÃ HỘI],
                  abbreviation: SLĐTBXH, place: Đắk Lắk}
                date: 2026-12
                summary: Về việc thành lập Tổ công tác liên ngành
                authorityLine: GIÁM ĐỐC SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI
                bases: [Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05 tháng 3 năm 2021 của UBND tỉnh]
                proposal: Theo đề nghị của Trưởng phòng Bảo trợ xã hội
                body: |
                  **Điều 1.** Thành lập Tổ công tác liên ngành.

                  **Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

                  **Điều 3.** Chánh Văn phòng Sở và các thành viên chịu trách nhiệm thi hành.
                signature: {authority: [GIÁM ĐỐC]}
                distribution: {recipients: [Như Điều 3, UBND tỉnh (để báo cáo)], archive: "VT, BTXH"}
                """);
        Report report = CHECKER.check(RENDERER.render(d, d.mode()), "qd");

        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        // the căn cứ, the proposal and the three articles: five paragraphs, each indented 10 mm from the page edge
        assertThat(finding(report, "BODY-INDENT").measured()).isEqualTo("10.0 mm (100 % of 5 indented paragraphs)");
        assertThat(finding(report, "BODY-JUSTIFY").measured()).startsWith("right edge 195.0 mm")
                .contains("100 % of 1 non-last lines");
    }

    private static Finding finding(Report report, String rule) {
        return report.findings().stream().filter(f -> f.ruleId().endsWith(rule)).findFirst().orElseThrow();
    }
}
