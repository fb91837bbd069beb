package vn.vanthu.signing;

/** The PIN does not unlock the signer's key: nothing was signed. */
public final class WrongPin extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPin() {
        super("Mã PIN không đúng: văn bản chưa được ký. Hãy nhập lại mã PIN của khóa ký số.");
    }
}
