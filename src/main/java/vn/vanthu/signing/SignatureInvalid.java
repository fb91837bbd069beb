package vn.vanthu.signing;

import vn.vanthu.platform.NamedFact;

/** A signature the next step relies on is missing, broken or followed by a forbidden change: nothing was done. */
public final class SignatureInvalid extends NamedFact {

    private static final long serialVersionUID = 1L;

    public SignatureInvalid(String reason) {
        super(409, null, "Không phát hành được: " + reason + ".");
    }
}
