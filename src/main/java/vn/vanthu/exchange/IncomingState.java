package vn.vanthu.exchange;

/** Where a văn bản đến stands at the receiving agency. */
public enum IncomingState {
    /** Just arrived; the checks run next. */
    RECEIVED("Mới đến"),
    /** Signatures and fields checked; waiting for the văn thư. */
    ARRIVED("Đã đến, chờ vào sổ"),
    REGISTERED("Đã vào sổ, chờ phân công"),
    ASSIGNED("Đã phân công"),
    IN_PROGRESS("Đang xử lý"),
    DONE("Hoàn thành"),
    REFUSED("Từ chối");

    private final String label;

    IncomingState(String label) {
        this.label = label;
    }

    /** The Vietnamese name. */
    public String label() {
        return label;
    }
}
