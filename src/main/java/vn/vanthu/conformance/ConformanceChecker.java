package vn.vanthu.conformance;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads any PDF and checks the Decree 30 (or Party) rules it can see; thread-safe. */
public final class ConformanceChecker {

    /** Checks one PDF; {@code source} names it in the report. */
    public Report check(byte[] pdf, String source) {
        return check(pdf, source, false, false);
    }

    /**
     * Checks a copy presented for signature (bản trình ký): final layout without the DỰ THẢO mark, whose
     * number and day are blank because only the văn thư gives them, after the signature.
     */
    public Report checkAwaitingNumber(byte[] pdf, String source) {
        return check(pdf, source, true, false);
    }

    /**
     * Checks a table that goes with a dispatch (bảng tổng hợp ý kiến, bảng so sánh dự thảo): page, fonts,
     * header and date as for any document; the rules of elements such a table does not have (number, type
     * and trích yếu, body, signature, Nơi nhận) are left out, not passed.
     */
    public Report checkTableReport(byte[] pdf, String source) {
        return table(check(pdf, source, false, false));
    }

    /**
     * Checks a register printed from a sổ đăng ký (Phụ lục IV) as a table report, on A4 either way: a register's
     * columns lie across the page.
     */
    public Report checkRegister(byte[] pdf, String source) {
        return table(check(pdf, source, false, true));
    }

    private static Report table(Report full) {
        return new Report(full.source(), full.findings().stream()
                .filter(f -> !TABLE_REPORT_LACKS.matcher(f.ruleId()).find()).toList());
    }

    private static final java.util.regex.Pattern TABLE_REPORT_LACKS = java.util.regex.Pattern.compile(
            "-(NUMBER|TITLE|TYPE|TRICHYEU|VV|KINHGUI|BODY|SIGN|NN)(-|$)");

    private Report check(byte[] pdf, String source, boolean awaitingNumber, boolean landscape) {
        List<Page> pages;
        // all state lives in locals, so one checker may serve many threads
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = PdfReader.read(doc);
            ReadPages.remember(pdf, pages);
        } catch (IOException | RuntimeException e) {
            Finding unreadable = new Finding("PDF-READ", "-", Finding.Status.FAIL,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), "a readable PDF", 0);
            return new Report(source, List.of(unreadable));
        }
        Layout layout = Layout.of(pages, awaitingNumber);
        Findings out = new Findings(layout.profile());
        PageRules.check(layout, out, landscape);
        PageNumberRules.check(layout, out);
        HeaderRules.check(layout, out);
        IssuerRules.check(layout, out);
        DateRules.check(layout, out);
        TitleRules.check(layout, out);
        BodyRules.check(layout, out);
        SignatureRules.check(layout, out);
        RecipientRules.check(layout, out);
        ESignatureRules.check(layout, out);
        ReferenceRules.check(layout, out);
        CopyFormRules.check(layout, out);
        return new Report(source, out.list());
    }
}
