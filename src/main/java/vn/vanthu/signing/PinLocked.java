package vn.vanthu.signing;

import java.time.Duration;
import vn.vanthu.platform.NamedFact;

/** Too many wrong PINs in a row: the signer's key is not tried until its rest is over; nothing was signed. */
public final class PinLocked extends NamedFact {

    private static final long serialVersionUID = 1L;

    PinLocked(Duration left) {
        super(429, "pin", "Đã nhập sai mã PIN " + PinGuard.LIMIT + " lần liên tiếp: khóa ký số tạm khóa, thử lại sau "
                + Math.max(1, (left.getSeconds() + 59) / 60) + " phút. Nếu không phải đồng chí nhập, đề nghị đổi mật"
                + " khẩu và báo quản trị hệ thống.");
    }
}
