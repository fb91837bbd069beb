package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.Finding.Status;

class ReportTextTests {

    private final Report report = new Report("doc.pdf", List.of(
            new Finding("ND30-QH-SIZE", "PL I, II.1.a", Status.PASS, "12.0 pt", "12–13 pt", 1),
            new Finding("ND30-DATE-FORMAT", "PL I, II.4", Status.FAIL, "\"…tháng 03…\"", "tháng 3", 1),
            new Finding("ND30-TN-TEXT", "PL I, II.1.b", Status.WARN, "en dash", "hyphen", 1),
            new Finding("ND30-PAGENUM", "PL I, I.7", Status.SKIP, "single page", "-", 0)));

    @Test
    void onePaddedLinePerRuleThenTheSummary() {
        List<String> lines = ReportText.format(report).lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("doc.pdf");
        assertThat(lines.get(2)).isEqualTo("FAIL  ND30-DATE-FORMAT  PL I, II.4    \"…tháng 03…\" (expected tháng 3) [p. 1]");
        assertThat(lines.get(4)).doesNotContain("[p.");
        assertThat(lines.get(5)).isEqualTo("1 passed, 1 failed, 1 warnings, 1 skipped");
    }

    @Test
    void summaryOmitsSkippedWhenThereAreNone() {
        Report small = new Report("x", report.findings().subList(0, 2));

        assertThat(ReportText.summary(small)).isEqualTo("1 passed, 1 failed, 0 warnings");
    }

    @Test
    void inVietnameseEachRuleIsNamedByItsTitle() {
        List<String> lines = ReportText.vietnamese(report).lines().toList();

        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).isEqualTo("ĐẠT        Cỡ chữ Quốc hiệu (ND30-QH-SIZE, PL I, II.1.a): 12.0 pt; yêu cầu: 12–13 pt"
                + " [trang 1]");
        assertThat(lines.get(2)).startsWith("KHÔNG ĐẠT  Địa danh và ngày tháng (ND30-DATE-FORMAT");
        assertThat(lines.get(5)).isEqualTo("1 đạt, 1 không đạt, 1 lưu ý, 1 bỏ qua");
    }
}
