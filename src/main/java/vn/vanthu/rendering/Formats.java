package vn.vanthu.rendering;

import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Style;

/** The decree's fixed spellings of numbers, symbols and dates (Phụ lục I, II.3 and II.4). */
final class Formats {

    /** Blank the văn thư fills in by hand on paper; kept wide enough to write a number. */
    static final String BLANK = "        ";

    private Formats() {
    }

    /** Numbers below 10 take a leading zero: 5 → "05", 125 → "125". */
    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * "Số: 05/KH-UBND" (ND30), "Số: 33/2025/NQ-HĐND" (normative) or "Số 46-CT/HU" (Party); the number is
     * blank until the văn thư gives it.
     */
    static String numberLine(Dispatch d, Mode mode) {
        String number = mode.awaitsNumber() || d.number() == null ? BLANK : twoDigits(d.number());
        if (d.style() == Style.PARTY) {
            return "Số " + number + "-" + d.symbolOrDerived();
        }
        return "Số: " + number + "/" + d.symbolOrDerived();
    }

    /** "Đắk Lắk, ngày 05 tháng 02 năm 2020"; until issue the day (and a missing month) stay blank. */
    static String placeAndDate(Dispatch d, Mode mode) {
        return d.issuer().place() + ", " + date(d.date(), mode);
    }

    /** "ngày 05 tháng 02 năm 2020" with the draft blanks. */
    static String date(IssueDate date, Mode mode) {
        String day = mode.awaitsNumber() || date.day() == null ? BLANK : IssueDate.paddedDay(date.day());
        String month = date.month() == null ? BLANK : IssueDate.paddedMonth(date.month());
        return "ngày " + day + " tháng " + month + " năm " + date.year();
    }

    /**
     * The reference line of a phụ lục (Mẫu 2.1: "(Kèm theo Văn bản số … ngày … tháng … năm … của …)") or of
     * an attached text (Mẫu 1.3: "(Kèm theo Quyết định số …/QĐ-… ngày … của …)"): the document's type, or
     * "Văn bản" for a Công văn, its number and date, and the issuer as running text.
     */
    static String reference(Dispatch d, Mode mode) {
        String kind = d.type().hasTypeName() ? d.type().displayName() : "Văn bản";
        String number = numberLine(d, mode).replaceFirst("^Số:? ", "");
        return "(Kèm theo " + kind + " số " + number + " " + date(d.date(), mode) + " của " + d.issuer().fullName()
                + ")";
    }
}
