package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;
import vn.vanthu.conformance.PrintedText;
import vn.vanthu.conformance.Report;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Mode;

/** An appendix kept in its own file gets the agency's signature top right of page 1, no image, 10 pt information. */
class AppendixSealTests {

    @Test
    void appendixInItsOwnFileIsSealedWithTheInformationLine() throws Exception {
        byte[] appendix = appendixOnly();
        byte[] sealed = SigningFixture.signing().sealAppendix(appendix, "sldtbxh", "05/BC-SLĐTBXH",
                SigningFixture.PIN);
        SigningFixture.keep("appendix-sealed.pdf", sealed);
        Verification v = SigningFixture.verifier().verify(sealed);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(s.signer()).isEqualTo("Sở Lao động – Thương binh và Xã hội");
        });
        assertThat(v.pdfA().compliant()).isTrue();
        List<String> printed = PrintedText.lines(sealed);
        assertThat(printed.get(0)).matches("1: Số: 05/BC-SLĐTBXH, \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
        Report report = new ConformanceChecker().check(sealed, "appendix");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ND30-ESIGN-APPENDIX-INFO"))
                .singleElement().extracting(Finding::status).isEqualTo(Finding.Status.PASS);
    }

    /** The Báo cáo example's phụ lục pages, cut from the rendering into a file of their own. */
    private static byte[] appendixOnly() throws Exception {
        byte[] full = SigningFixture.RENDERER.render(DispatchReader.read(
                Path.of("examples/bao-cao-ket-qua-cong-tac-tre-em.yaml")), Mode.FINAL);
        try (PDDocument doc = Loader.loadPDF(full)) {
            PDFTextStripper text = new PDFTextStripper();
            while (doc.getNumberOfPages() > 1) {
                text.setStartPage(1);
                text.setEndPage(1);
                if (text.getText(doc).strip().startsWith("Phụ lục")) {
                    break;
                }
                doc.removePage(0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
