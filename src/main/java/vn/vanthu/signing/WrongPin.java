package vn.vanthu.signing;

import vn.vanthu.platform.NamedFact;

/** The PIN does not unlock the signer's key: nothing was signed. */
public final class WrongPin extends NamedFact {

    private static final long serialVersionUID = 1L;

    public WrongPin() {
        super(400, "pin", "Mã PIN không đúng: văn bản chưa được ký. Hãy nhập lại mã PIN của khóa ký số.");
    }

    /** A wrong PIN with the tries left before the key rests (PinGuard). */
    WrongPin(int triesLeft) {
        super(400, "pin", "Mã PIN không đúng: văn bản chưa được ký. Hãy nhập lại mã PIN của khóa ký số (còn "
                + triesLeft + " lần thử; sai " + PinGuard.LIMIT + " lần liên tiếp thì khóa ký số tạm khóa "
                + PinGuard.LOCKOUT.toMinutes() + " phút).");
    }
}
