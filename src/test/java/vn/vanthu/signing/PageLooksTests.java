package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;

/** The page comparison finds what DSS's finds: any pixel drawn differently after a signature. */
class PageLooksTests {

    private static byte[] issued;

    @BeforeAll
    static void issue() {
        Signing signing = SigningFixture.signing();
        byte[] signed = signing.signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh", SigningFixture.PIN);
        issued = signing.issue(signed, "sldtbxh", 12, LocalDate.of(2026, 11, 9), SigningFixture.PIN);
        assertThat(new ConformanceChecker().check(issued, "issued").failures()).isEmpty();
    }

    @Test
    void onePixelOfADifferentColourIsADifference() {
        BufferedImage a = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        assertThat(PageLooks.samePixels(a, b)).isTrue();
        b.setRGB(29, 19, 0x000001);
        assertThat(PageLooks.samePixels(a, b)).isFalse();
        BufferedImage argb = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(29, 19, 0xFF000001);
        assertThat(PageLooks.samePixels(argb, b)).as("compared by colour across image types").isTrue();
        assertThat(PageLooks.samePixels(a, new BufferedImage(30, 21, BufferedImage.TYPE_INT_RGB))).isFalse();
    }

    @Test
    void aWhiteBoxDrawnOverTheTextAfterIssueIsFoundOnItsPage() throws Exception {
        byte[] forged = overlay(issued);
        try (PdfBoxDocumentReader before = new PdfBoxDocumentReader(new InMemoryDocument(issued));
                PdfBoxDocumentReader after = new PdfBoxDocumentReader(new InMemoryDocument(forged))) {
            assertThat(new PageLooks().getVisualDifferences(before, after)).singleElement()
                    .satisfies(m -> assertThat(m.getPage()).isEqualTo(1));
            assertThat(new PageLooks().getVisualDifferences(before, before)).isEmpty();
        }
        Verification v = SigningFixture.verifier().verify(forged);
        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).hasSize(2).allSatisfy(s -> assertThat(s.disallowedChange()).isTrue());
    }

    /** Appends, in an incremental update, a content stream painting a white box over the page's middle. */
    static byte[] overlay(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true)) {
                cs.setNonStrokingColor(Color.WHITE);
                cs.addRect(100, 400, 300, 80);
                cs.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out, Set.<COSDictionary>of(page.getCOSObject()));
            return out.toByteArray();
        }
    }
}
