package vn.vanthu.signing;

/** The signing certificate may not sign now (expired, not yet valid, revoked or unknown): nothing was signed. */
public final class CertificateRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateRefused(String message) {
        super(message);
    }
}
