package vn.vanthu.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanthu.platform.Sha256;

/**
 * Verifies the PAdES signatures of any PDF for anyone: DSS validation against the trust anchors with the
 * revocation data the file carries, veraPDF for PDF/A-2b, and the register hook; thread-safe.
 */
public final class SignatureVerifier {

    private final Supplier<Trust> trust;
    private final RegisterLookup register;

    SignatureVerifier(Supplier<Trust> trust, RegisterLookup register) {
        this.trust = trust;
        this.register = register;
    }

    /** A verifier trusting these root certificates, offline, without a register (the CLI). */
    public static SignatureVerifier trusting(List<X509Certificate> anchors) {
        Trust offline = new Trust(anchors, null, null);
        return new SignatureVerifier(() -> offline, RegisterLookup.NONE);
    }

    /** A verifier trusting the certificates in these PEM or DER files (the CLI's --trust). */
    public static SignatureVerifier trustingFiles(List<java.nio.file.Path> files) {
        List<X509Certificate> anchors = new ArrayList<>();
        files.forEach(f -> anchors.addAll(KeyFiles.readCertificates(f)));
        return trusting(anchors);
    }

    /** The same verifier asking {@code lookup} for the register entry. */
    public SignatureVerifier withRegister(RegisterLookup lookup) {
        return new SignatureVerifier(trust, lookup);
    }

    /** Verifies the PDF; a file that is not a PDF gives a verification with no signature and PDF/A failed. */
    public Verification verify(byte[] pdf) {
        String sha256 = Sha256.hex(pdf);
        List<SignatureCheck> signatures = DssValidation.checks(pdf, trust.get());
        return new Verification(sha256, signatures, PdfA.check(pdf),
                register.find(sha256, numberField(pdf)).orElse(null));
    }

    /** Only the signatures' checks, without the PDF/A check and the register (a recipient checking a copy). */
    public List<SignatureCheck> signatures(byte[] pdf) {
        return DssValidation.checks(pdf, trust.get());
    }

    /** Refuses a PDF whose signatures are missing, broken or followed by a forbidden change (issuing checks this). */
    static void requireIntact(byte[] pdf, Trust trust) {
        List<SignatureCheck> checks = DssValidation.checks(pdf, trust);
        if (checks.isEmpty()) {
            throw new SignatureInvalid("văn bản chưa có chữ ký số của người có thẩm quyền");
        }
        for (SignatureCheck c : checks) {
            if (!c.valid()) {
                throw new SignatureInvalid("chữ ký số của " + c.signer() + " không hợp lệ ("
                        + VerificationText.verdict(c) + ")");
            }
        }
    }

    private static String numberField(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return FormFields.value(doc, FormFields.NUMBER);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }


}
