package vn.vanthu.signing;

import java.util.List;

/**
 * The verification of one PDF: each signature, the PDF/A status, and the register entry when this
 * vanthu issued it.
 */
public record Verification(String sha256, List<SignatureCheck> signatures, PdfAStatus pdfA, RegisterMatch register) {

    public Verification {
        signatures = List.copyOf(signatures);
    }

    /** At least one signature, all valid, and the document not recalled. */
    public boolean valid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid)
                && (register == null || !register.recalled());
    }
}
