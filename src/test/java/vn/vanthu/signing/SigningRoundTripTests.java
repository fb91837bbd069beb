package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;
import vn.vanthu.conformance.PrintedText;
import vn.vanthu.conformance.Report;

/** The signer signs with a PKCS#12 key, the văn thư issues: both signatures valid, B-LT, PDF/A-2b, Decree 30. */
class SigningRoundTripTests {

    private static byte[] shown;
    private static byte[] signed;
    private static byte[] issued;

    @BeforeAll
    static void signAndIssue() {
        Signing signing = SigningFixture.signing();
        shown = SigningFixture.forSignature();
        signed = signing.signAsSigner(shown, "pgd.sldtbxh", SigningFixture.PIN);
        issued = signing.issue(signed, "sldtbxh", 5, LocalDate.of(2026, 11, 3), SigningFixture.PIN);
        SigningFixture.keep("pkcs12-signed.pdf", signed);
        SigningFixture.keep("pkcs12-issued.pdf", issued);
    }

    @Test
    void bothSignaturesPassAtLevelLtWithNoDisallowedChange() {
        Verification v = SigningFixture.verifier().verify(issued);
        assertThat(v.signatures()).hasSize(2);
        assertThat(v.signatures()).allSatisfy(s -> {
            assertThat(s.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(s.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(s.disallowedChange()).isFalse();
            assertThat(s.chainTrusted()).isTrue();
        });
        assertThat(v.signatures().get(0).signer()).isEqualTo("Lương Thị Hồng Nhung");
        assertThat(v.signatures().get(0).fieldName()).isEqualTo(FormFields.SIGNER);
        assertThat(v.signatures().get(0).changedAfter()).isTrue();
        assertThat(v.signatures().get(1).signer()).isEqualTo("Sở Lao động – Thương binh và Xã hội");
        assertThat(v.signatures().get(1).fieldName()).isEqualTo(FormFields.SEAL);
        assertThat(v.valid()).isTrue();
    }

    @Test
    void signedVersionIsOneValidSignatureOnTheBlankNumber() {
        Verification v = SigningFixture.verifier().verify(signed);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(s.changedAfter()).isFalse();
        });
    }

    @Test
    void everyVersionStaysPdfA2b() {
        assertThat(PdfA.check(shown).compliant()).isTrue();
        assertThat(PdfA.check(signed).failedRules()).isEmpty();
        assertThat(PdfA.check(signed).compliant()).isTrue();
        assertThat(PdfA.check(issued).failedRules()).isEmpty();
        assertThat(PdfA.check(issued).compliant()).isTrue();
    }

    @Test
    void everyFontEitherFileHoldsIsEmbedded() throws Exception {
        // PDFBox adds Helvetica and ZapfDingbats, without their programs, to the form's default resources of a
        // document whose form lacks /Helv and /ZaDb as soon as DSS looks up a field by name
        for (byte[] pdf : List.of(signed, issued)) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                List<String> notEmbedded = new java.util.ArrayList<>();
                for (var object : doc.getDocument().getXrefTable().keySet()) {
                    if (doc.getDocument().getObjectFromPool(object).getObject()
                            instanceof org.apache.pdfbox.cos.COSDictionary font && notEmbedded(font)) {
                        notEmbedded.add(font.getNameAsString(org.apache.pdfbox.cos.COSName.BASE_FONT));
                    }
                }
                assertThat(notEmbedded).isEmpty();
            }
        }
    }

    private static boolean notEmbedded(org.apache.pdfbox.cos.COSDictionary font) {
        if (!org.apache.pdfbox.cos.COSName.FONT.equals(font.getCOSName(org.apache.pdfbox.cos.COSName.TYPE))
                || List.of("Type0", "Type3").contains(font.getNameAsString(org.apache.pdfbox.cos.COSName.SUBTYPE))) {
            return false;
        }
        org.apache.pdfbox.cos.COSDictionary descriptor = font.getCOSDictionary(
                org.apache.pdfbox.cos.COSName.FONT_DESC);
        return descriptor == null || !descriptor.containsKey(org.apache.pdfbox.cos.COSName.FONT_FILE)
                && !descriptor.containsKey(org.apache.pdfbox.cos.COSName.FONT_FILE2)
                && !descriptor.containsKey(org.apache.pdfbox.cos.COSName.FONT_FILE3);
    }

    @Test
    void checkerPassesTheSignedAndTheIssuedVersionIncludingTheElectronicRules() {
        Report signedReport = new ConformanceChecker().check(signed, "signed");
        assertThat(signedReport.failures()).isEmpty();
        Report issuedReport = new ConformanceChecker().check(issued, "issued");
        assertThat(issuedReport.failures()).isEmpty();
        List<String> passed = issuedReport.findings().stream().filter(f -> f.status() == Finding.Status.PASS)
                .map(Finding::ruleId).toList();
        assertThat(passed).contains("ND30-NUMBER-FORMAT", "ND30-DATE-FORMAT", "ND30-ESIGN-SIGNER-POS",
                "ND30-ESIGN-SIGNER-COLOUR", "ND30-ESIGN-SEAL-POS", "ND30-ESIGN-SEAL-COLOUR", "ND30-ESIGN-SEAL-SIZE");
    }

    @Test
    void theSignerSawTheIssuedTextApartFromNumberAndDay() {
        List<String> seen = PrintedText.lines(signed);
        List<String> printed = PrintedText.lines(issued);
        assertThat(printed).contains("1: Số: 05/SLĐTBXH-BTXH", "1: Đắk Lắk, ngày 03 tháng 11 năm 2026");
        assertThat(seen).contains("1: Số: /SLĐTBXH-BTXH", "1: Đắk Lắk, ngày tháng 11 năm 2026");
        List<String> withoutNumberAndDay = printed.stream().map(l -> l.replace("Số: 05/", "Số: /")
                .replace("ngày 03 tháng", "ngày tháng")).toList();
        assertThat(withoutNumberAndDay).isEqualTo(seen);
        // and it is exactly what the renderer prints for the same dispatch issued on paper
        assertThat(printed).isEqualTo(PrintedText.lines(SigningFixture.issuedRendering(5, 3)));
    }

    @Test
    void numberAndDayFieldsWithBlankValuesStillAwaitTheNumber() throws Exception {
        ConformanceChecker checker = new ConformanceChecker();
        byte[] blanks;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(signed)) {
            int fields = 0;
            for (var field : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTextField) {
                    field.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.V,
                            new org.apache.pdfbox.cos.COSString(fields++ == 0 ? "" : "   "));
                }
            }
            assertThat(fields).isEqualTo(2);
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            blanks = out.toByteArray();
        }
        // read as any PDF: the unfilled fields alone say that its blank number and day wait for the văn thư
        Report expected = checker.check(signed, "signed");
        assertThat(expected.failures()).isEmpty();
        assertThat(checker.check(blanks, "blank values").findings())
                .extracting(Finding::ruleId, Finding::status)
                .containsExactlyElementsOf(expected.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                        f.ruleId(), f.status())).toList());
    }

    @Test
    void validationsAtOnceReadAsOneAlone() throws Exception {
        // DSS's policy is parsed once per concurrent validation and lent out: a lent policy must read the same
        SignatureVerifier verifier = SigningFixture.verifier();
        List<SignatureCheck> alone = verifier.signatures(issued);
        assertThat(alone).hasSize(2).allMatch(SignatureCheck::valid);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<List<SignatureCheck>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 9; i++) {
                runs.add(pool.submit(() -> verifier.signatures(issued)));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        // and a broken copy is still broken with a policy that has served valid ones
        byte[] broken = issued.clone();
        // a byte of the first stream's data: signed by both signatures, and the file still reads as a PDF
        int stream = new String(issued, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream\n");
        assertThat(stream).isPositive();
        broken[stream + 20] ^= 0x01;
        assertThat(verifier.signatures(broken)).isNotEmpty().noneMatch(SignatureCheck::valid);
    }
}
