package vn.vanthu.signing;

import vn.vanthu.platform.NamedFact;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue date is not in the month and year printed on the signed document: only the day is left for the
 * văn thư, so such a document must be rendered and signed again.
 */
public final class IssueDateRefused extends NamedFact {

    private static final long serialVersionUID = 1L;
    private static final Pattern MONTH_YEAR = Pattern.compile("tháng (\\d{1,2}) năm (\\d{4})");

    public IssueDateRefused(String message) {
        super(409, "date", message);
    }

    static void requireSameMonth(String dateLine, LocalDate date) {
        Matcher m = dateLine == null ? null : MONTH_YEAR.matcher(dateLine);
        if (m == null || !m.find()) {
            throw new IssueDateRefused("Không đọc được tháng, năm ban hành trên văn bản đã ký.");
        }
        int month = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (month != date.getMonthValue() || year != date.getYear()) {
            throw new IssueDateRefused("Văn bản đã ký ghi tháng " + month + " năm " + year + ", không phát hành ngày "
                    + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                    + " được: cần trình ký lại với tháng ban hành mới.");
        }
    }
}
