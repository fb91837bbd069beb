package vn.vanthu.signing;

import vn.vanthu.platform.NamedFact;

/** The signing certificate may not sign now (expired, not yet valid, revoked or unknown): nothing was signed. */
public final class CertificateRefused extends NamedFact {

    private static final long serialVersionUID = 1L;

    public CertificateRefused(String message) {
        super(409, null, message);
    }
}
