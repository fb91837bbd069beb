package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;

/** The pages of two revisions count as the same only when nothing drawn from them can differ. */
class SamePagesTests {

    private static byte[] signed;
    private static byte[] underSignature;
    private static byte[] issued;

    @BeforeAll
    static void sign() throws IOException {
        Signing signing = SigningFixture.signing();
        signed = signing.signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh", SigningFixture.PIN);
        issued = signing.issue(signed, "sldtbxh", 12, LocalDate.of(2026, 11, 9), SigningFixture.PIN);
        assertThat(new ConformanceChecker().check(signed, "signed").failures()).isEmpty();
        assertThat(new ConformanceChecker().check(issued, "issued").failures()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            int[] range = doc.getSignatureDictionaries().get(0).getByteRange();
            underSignature = Arrays.copyOf(signed, range[2] + range[3]);
        }
        assertThat(underSignature.length).as("B-LT adds its validation data after the signature").isLessThan(
                signed.length);
    }

    @Test
    void theValidationDataAddedAfterASignatureLeavesThePagesTheSameAndUndrawn() throws IOException {
        assertThat(same(underSignature, signed)).isTrue();
        try (Counting before = new Counting(underSignature); Counting after = new Counting(signed)) {
            assertThat(new PageLooks().getVisualDifferences(before, after)).isEmpty();
            assertThat(before.drawn + after.drawn).as("pages drawn").isZero();
        }
    }

    @Test
    void theNumberDayAndSealFilledInLaterAreADifferenceAndAreDrawn() throws IOException {
        assertThat(same(underSignature, issued)).isFalse();
        try (Counting before = new Counting(underSignature); Counting after = new Counting(issued)) {
            // drawn, and judged as before: the fields and the seal's widget are annotations, not page content
            assertThat(new PageLooks().getVisualDifferences(before, after)).isEmpty();
            assertThat(before.drawn).isEqualTo(1);
            assertThat(after.drawn).isEqualTo(1);
        }
    }

    @Test
    void aBoxPaintedOverThePageIsADifference() throws IOException {
        assertThat(same(signed, PageLooksTests.overlay(signed))).isFalse();
    }

    @Test
    void pageContentOfTheSameLengthDrawingElsewhereIsADifference() throws IOException {
        assertThat(same(box(100), box(100))).as("two files built alike").isTrue();
        // the stream dictionaries are equal (same /Length); only the bytes say where the box is
        assertThat(same(box(100), box(200))).isFalse();
    }

    @Test
    void anAnnotationHiddenLaterIsADifference() throws IOException {
        assertThat(same(signed, changed(signed, doc -> {
            try {
                PDAnnotation widget = doc.getPage(0).getAnnotations().get(0);
                widget.setHidden(true);
                return Set.of(widget.getCOSObject());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }))).isFalse();
    }

    @Test
    void optionalContentAddedToTheCatalogIsADifference() throws IOException {
        assertThat(same(signed, changed(signed,
                doc -> {
                    doc.getDocumentCatalog().setOCProperties(new PDOptionalContentProperties());
                    return Set.of();
                }))).isFalse();
    }

    @Test
    void anEncryptedFileIsNeverTakenAsTheSame() throws IOException {
        byte[] encrypted;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            encrypted = out.toByteArray();
        }
        try (PDDocument a = Loader.loadPDF(encrypted, ""); PDDocument b = Loader.loadPDF(encrypted, "")) {
            assertThat(SamePages.in(a, b)).isFalse();
        }
        assertThat(same(signed, signed)).isTrue();
    }

    private static boolean same(byte[] a, byte[] b) throws IOException {
        try (PDDocument x = Loader.loadPDF(a); PDDocument y = Loader.loadPDF(b)) {
            return SamePages.in(x, y);
        }
    }

    /** A one-page PDF whose uncompressed content paints a box at {@code x}. */
    private static byte[] box(int x) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                cs.addRect(x, 400, 100, 80);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF with one change saved as an incremental update, with the catalog and the objects it names. */
    private static byte[] changed(byte[] pdf, Function<PDDocument, Set<COSDictionary>> change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSDictionary> written = new HashSet<>(change.apply(doc));
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setNeedToBeUpdated(true);
            written.add(catalog);
            written.forEach(d -> d.setNeedToBeUpdated(true));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out, written);
            return out.toByteArray();
        }
    }

    /** DSS's reader, counting the pages it draws. */
    private static final class Counting extends PdfBoxDocumentReader {

        private int drawn;

        Counting(byte[] pdf) throws IOException {
            super(new InMemoryDocument(pdf));
        }

        @Override
        public BufferedImage generateImageScreenshot(int page) throws IOException {
            drawn++;
            return super.generateImageScreenshot(page);
        }
    }
}
