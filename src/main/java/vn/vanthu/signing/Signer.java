package vn.vanthu.signing;

import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

/**
 * Where a signing key lives: a PKCS#12 file, a PKCS#11 token or HSM, or a remote signing service; the PIN
 * unlocks it for one signature. docs/signing.md shows how a remote service implements it.
 */
public interface Signer {

    /** Unlocks the key with the PIN; throws {@link WrongPin} when the PIN does not open it. */
    Key unlock(char[] pin);

    /** A short description for logs, e.g. "PKCS#12 gd.sldtbxh.p12". */
    String description();

    /** An unlocked key: its certificate chain and the raw signature of data, then closed. */
    interface Key extends AutoCloseable {

        /** The signing certificate first, then its issuers up to (not necessarily including) the root. */
        List<X509Certificate> chain();

        /** Signs data with SHA-256 and the key's algorithm (RSA PKCS#1 v1.5 or ECDSA), as DSS expects. */
        byte[] sign(byte[] data);

        @Override
        void close();
    }

    /** A PKCS#12 file whose password is the PIN. */
    static Signer pkcs12(Path file) {
        return new TokenSigner("PKCS#12 " + file.getFileName(), pin -> {
            try {
                return new Pkcs12SignatureToken(Files.readAllBytes(file), new PasswordProtection(pin));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The key with this label (or the only key) on the PKCS#11 token in a slot, opened with the user PIN. */
    static Signer pkcs11(Path module, int slotListIndex, String alias) {
        return new TokenSigner("PKCS#11 " + module.getFileName() + " slot " + slotListIndex
                + (alias == null ? "" : " " + alias), alias,
                pin -> new Pkcs11SignatureToken(module.toString(), () -> pin, -1, slotListIndex, null));
    }

    /** Any DSS token connection opened with the PIN (an HSM's own provider, a smart card driver…). */
    static Signer of(String description, Function<char[], SignatureTokenConnection> open) {
        return new TokenSigner(description, open);
    }
}
