package vn.vanthu.document;

import java.time.LocalDate;

/** Ngày ban hành; day and month may be null in a draft, where the văn thư fills them in on issue. */
public record IssueDate(Integer day, Integer month, int year) {

    /** The issue date of a calendar day. */
    public static IssueDate of(LocalDate date) {
        return new IssueDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** True when day, month and year are all known. */
    public boolean complete() {
        return day != null && month != null;
    }

    /** "ngày 05 tháng 02 năm 2020", as Phụ lục I II.4 writes a complete date. */
    public String spelled() {
        return "ngày " + paddedDay(day) + " tháng " + paddedMonth(month) + " năm " + year;
    }

    /** Days below 10 take a leading zero: 5 → "05". */
    public static String paddedDay(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    /** Months 1 and 2 take a leading zero, months 3–12 do not (Phụ lục I, II.4.c). */
    public static String paddedMonth(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }
}
