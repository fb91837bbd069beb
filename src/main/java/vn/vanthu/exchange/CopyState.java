package vn.vanthu.exchange;

import vn.vanthu.exchange.edxml.StatusCode;

/**
 * Where one sent copy stands, as the sender sees it. The order is the order a copy moves in: a status
 * that arrives late never moves a copy back; a refusal or a failed delivery ends it.
 */
public enum CopyState {
    QUEUED("Chờ gửi"),
    SENT("Đã gửi"),
    ARRIVED("Đã đến"),
    ACCEPTED("Đã tiếp nhận"),
    ASSIGNED("Đã phân công"),
    IN_PROGRESS("Đang xử lý"),
    DONE("Hoàn thành"),
    REFUSED("Từ chối"),
    FAILED("Gửi không được");

    private final String label;

    CopyState(String label) {
        this.label = label;
    }

    /** The Vietnamese name. */
    public String label() {
        return label;
    }

    /** The state a recipient's status code puts a copy in; recall answers and "lấy lại" change no state. */
    static CopyState of(StatusCode code) {
        return switch (code) {
            case ARRIVED -> ARRIVED;
            case REFUSED -> REFUSED;
            case ACCEPTED -> ACCEPTED;
            case ASSIGNED -> ASSIGNED;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
            default -> null;
        };
    }

    /** True when this state may follow the current one. */
    boolean follows(CopyState current) {
        if (current == REFUSED || current == DONE) {
            return false;
        }
        return this == REFUSED || this == FAILED || ordinal() > current.ordinal() || current == FAILED;
    }
}
