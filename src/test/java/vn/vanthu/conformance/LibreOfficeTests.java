package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Công văn written as a flat ODT (libreoffice-cong-van.fodt, next to the PDF) and exported by LibreOffice 7
 * ("soffice --headless --convert-to pdf"): header table, underscore issuer rule, paragraph-border Tiêu ngữ
 * rule, page number in a header from page 2. Evidence that the checker reads PDFs vanthu did not make.
 */
class LibreOfficeTests {

    private static Report report;

    @BeforeAll
    static void check() throws IOException {
        try (InputStream in = LibreOfficeTests.class.getResourceAsStream("/conformance/libreoffice-cong-van.pdf")) {
            report = new ConformanceChecker().check(in.readAllBytes(), "libreoffice-cong-van.pdf");
        }
    }

    private static Finding finding(String id) {
        return report.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void findsTheHeaderElementsAndMeasuresThem() {
        assertThat(finding("ND30-QH-SIZE").measured()).isEqualTo("12.0 pt");
        assertThat(finding("ND30-TN-RULE").measured()).isEqualTo("rule 56.1 mm vs text 56.0 mm (ratio 1.00)");
        assertThat(finding("ND30-ISSUER-RULE").measured()).isEqualTo("rule 25.4 mm vs issuer 64.0 mm (ratio 0.40)");
        assertThat(finding("ND30-NUMBER-FORMAT").measured()).isEqualTo("\"Số: 125/LĐTBXH-TE&BDG\"");
        assertThat(finding("ND30-DATE-BASELINE").measured()).isEqualTo("+0.9 pt from the number line");
        assertThat(finding("ND30-TITLE-KIND").measured()).startsWith("công văn \"V/v hướng dẫn");
    }

    @Test
    void measuresBodyAndClosingAcrossTwoPages() {
        assertThat(finding("ND30-PAGE-MARGINS").measured()).startsWith("left 30.1, right 15.1");
        assertThat(finding("ND30-BODY-INDENT").measured()).startsWith("10.0 mm (100 %");
        assertThat(finding("ND30-BODY-PITCH").measured()).isEqualTo("pitch 16.1 pt, ratio 1.00");
        assertThat(finding("ND30-PAGENUM").status()).isEqualTo(Finding.Status.PASS);
        assertThat(finding("ND30-SIGN-NAME").measured()).isEqualTo("\"Nguyễn Phúc Hiến\", bold");
        assertThat(finding("ND30-NN-LAST").measured()).isEqualTo("\"- Lưu: VT, TE&BDG.\"");
        assertThat(finding("ND30-NN-LABEL-POS").page()).isEqualTo(2);
    }

    @Test
    void theExportConforms() {
        assertThat(report.failures()).isEmpty();
        assertThat(finding("ND30-FONT-FAMILY").measured()).contains("LiberationSerif-BoldItalic");
    }
}
