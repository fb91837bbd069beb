package vn.vanthu.workflow.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Due dates counted in working days (Monday to Friday), as consultation deadlines are written. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (working(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working day before {@code day}. */
    public static LocalDate before(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!working(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    public static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
