package vn.vanthu.signing;

/** A signature the next step relies on is missing, broken or followed by a forbidden change: nothing was done. */
public final class SignatureInvalid extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignatureInvalid(String reason) {
        super("Không phát hành được: " + reason + ".");
    }
}
