package vn.vanthu.exchange;

import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.conformance.PrintedText;
import vn.vanthu.document.IssueDate;
import vn.vanthu.exchange.edxml.Header;

/**
 * Checks that a received PDF says what its edXML header says: số and ký hiệu, the date, the trích yếu,
 * the signer and the urgency mark. Compared without spaces, so line breaks in the PDF do not matter.
 */
final class PdfFields {

    private static final String[] URGENCY = {null, "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"};

    private PdfFields() {
    }

    /** Each disagreement, in words the sender reads; empty when the PDF matches. */
    static List<String> mismatches(Header h, byte[] pdf) {
        String text;
        try {
            // the printed page, form fields included: a signed document's số and ngày are filled-in fields
            text = squeeze(String.join("\n", PrintedText.lines(pdf)).replaceAll("(?m)^\\d+: ", ""));
        } catch (UncheckedIOException e) {
            return List.of("tệp PDF kèm theo không đọc được (" + e.getCause().getMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        if (!text.contains(squeeze("Số: " + h.code())) && !text.contains(squeeze("Số " + h.codeNumber() + "-"
                + h.codeNotation()))) {
            problems.add("số và ký hiệu " + h.code() + " trong gói tin không có trong văn bản PDF");
        }
        String date = IssueDate.of(h.promulgationDate()).spelled();
        if (!text.contains(squeeze(date))) {
            problems.add("ngày ban hành \"" + date + "\" trong gói tin không có trong văn bản PDF");
        }
        if (!text.contains(squeeze(h.subject()))) {
            problems.add("trích yếu \"" + h.subject() + "\" trong gói tin khác với văn bản PDF");
        }
        if (!text.contains(squeeze(h.signer().fullName()))) {
            problems.add("người ký " + h.signer().fullName() + " trong gói tin không có trong văn bản PDF");
        }
        int priority = h.other().priority();
        if (priority > 0 && priority < URGENCY.length && !text.contains(squeeze(URGENCY[priority]))
                && !text.contains(squeeze(URGENCY[priority].replace("HỎA", "HOẢ")))) {
            problems.add("độ khẩn \"" + URGENCY[priority] + "\" trong gói tin không có trong văn bản PDF");
        }
        return problems;
    }

    /** NFC, no white space, no soft hyphens: the form both sides are compared in. */
    static String squeeze(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replaceAll("[\\s\\u00AD]+", "");
    }
}
