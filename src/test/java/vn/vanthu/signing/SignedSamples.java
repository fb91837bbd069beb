package vn.vanthu.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Signed PDFs and the demo trust anchor for tests outside this package (the CLI's, the API's). */
public final class SignedSamples {

    private static byte[] issued;

    private SignedSamples() {
    }

    /** One issued Công văn (signer and agency signatures), made once per test run. */
    public static synchronized byte[] issued() {
        if (issued == null) {
            Signing signing = SigningFixture.signing();
            byte[] signed = signing.signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh", SigningFixture.PIN);
            issued = signing.issue(signed, "sldtbxh", 21, LocalDate.of(2026, 11, 27), SigningFixture.PIN);
        }
        return issued.clone();
    }

    /** The seed-002 Công văn rendered for signature (number and day blank). */
    public static byte[] forSignature() {
        return SigningFixture.forSignature();
    }

    /** The Phó Giám đốc's signature with the demo PIN. */
    public static byte[] sign(byte[] shown) {
        return SigningFixture.signing().signAsSigner(shown, "pgd.sldtbxh", SigningFixture.PIN);
    }

    /** The văn thư's issue with the given number. */
    public static byte[] issue(byte[] signed, int number) {
        return SigningFixture.signing().issue(signed, "sldtbxh", number, LocalDate.of(2026, 11, 27),
                SigningFixture.PIN);
    }

    /** Signatures only (DSS), without the PDF/A validation. */
    public static List<SignatureCheck> signatures(byte[] pdf) {
        return DssValidation.checks(pdf, new Trust(SigningFixture.pki().trust().anchors(), null, null));
    }

    /** veraPDF's PDF/A-2b verdict. */
    public static PdfAStatus pdfA(byte[] pdf) {
        return PdfA.check(pdf);
    }

    /** Writes the demo CA's certificate (PEM) into the directory and returns its path. */
    public static Path trustAnchor(Path dir) {
        try {
            return Files.copy(SigningFixture.pki().directory().resolve("ca.pem"), dir.resolve("ca.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A verifier trusting the demo CA, with a register hook. */
    public static SignatureVerifier verifier(RegisterLookup register) {
        return SignatureVerifier.trusting(List.copyOf(SigningFixture.pki().trust().anchors())).withRegister(register);
    }
}
