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

    /** "Số: 05/KH-UBND" (ND30) or "Số 46-CT/HU" (Party); the number is blank in a draft and for signature. */
    static String numberLine(Dispatch d, Mode mode) {
        String number = mode != Mode.FINAL || d.number() == null ? BLANK : twoDigits(d.number());
        if (d.style() == Style.PARTY) {
            return "Số " + number + "-" + d.symbolOrDerived();
        }
        return "Số: " + number + "/" + d.symbolOrDerived();
    }

    /** "Đắk Lắk, ngày 05 tháng 02 năm 2020"; in a draft the day (and a missing month) stay blank. */
    static String placeAndDate(Dispatch d, Mode mode) {
        return d.issuer().place() + ", " + date(d.date(), mode);
    }

    /** "ngày 05 tháng 02 năm 2020" with the draft blanks. */
    static String date(IssueDate date, Mode mode) {
        String day = mode != Mode.FINAL || date.day() == null ? BLANK : IssueDate.paddedDay(date.day());
        String month = date.month() == null ? BLANK : IssueDate.paddedMonth(date.month());
        return "ngày " + day + " tháng " + month + " năm " + date.year();
    }
}
