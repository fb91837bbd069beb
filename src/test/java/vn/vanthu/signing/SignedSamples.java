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
