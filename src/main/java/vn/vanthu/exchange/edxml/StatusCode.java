package vn.vanthu.exchange.edxml;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status codes a receiver sends back (QCVN 102:2016 as public SDK samples use them). The codes for
 * agreeing to and refusing a recall differ between samples (14/16 and 15/16): vanthu writes 15 and 16,
 * which is UNCONFIRMED; both live here only, so correcting them is a change of two numbers.
 */
public enum StatusCode {
    ARRIVED("01", "Đã đến"),
    REFUSED("02", "Từ chối tiếp nhận"),
    ACCEPTED("03", "Đã tiếp nhận"),
    ASSIGNED("04", "Đã phân công"),
    IN_PROGRESS("05", "Đang xử lý"),
    DONE("06", "Hoàn thành"),
    TAKEN_BACK("13", "Lấy lại"),
    RECALL_AGREED("15", "Đồng ý thu hồi"),
    RECALL_REFUSED("16", "Từ chối thu hồi");

    private final String code;
    private final String label;

    StatusCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The two digits edXML writes. */
    public String code() {
        return code;
    }

    /** The Vietnamese name the sender reads. */
    public String label() {
        return label;
    }

    /** The status with these two digits. */
    public static Optional<StatusCode> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code == null ? null : code.strip())).findFirst();
    }
}
