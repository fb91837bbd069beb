package vn.vanthu.signing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.vanthu.platform.TemporaryDirectories;

/**
 * {@code vanthu.signing.*}: where the demo keys live, or, in a real deployment, each person's and agency's
 * key, the trust anchors, CRL files and the time-stamping authority (docs/signing.md).
 *
 * @param directory the demo keys' directory (demo only); blank: one temporary directory per process (tests)
 * @param trustAnchors PEM or DER files of the root certificates signatures must chain to
 * @param crls CRL files handed to DSS for revocation data (besides the CRL and OCSP addresses in certificates)
 * @param tsaUrl the RFC 3161 time-stamping authority
 * @param people user id → key
 * @param agencies agency id → key (its seal signature)
 */
@ConfigurationProperties("vanthu.signing")
record SigningProperties(String directory, List<Path> trustAnchors, List<Path> crls, String tsaUrl,
        Map<String, Key> people, Map<String, Key> agencies) {

    SigningProperties {
        directory = directory == null ? "data/signing" : directory;
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        crls = crls == null ? List.of() : List.copyOf(crls);
        people = people == null ? Map.of() : Map.copyOf(people);
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    /** Where the demo keys live. */
    Path demoDirectory() {
        // one per JVM, shared by its contexts (a test JVM starts several), so removed only when the JVM ends
        if (!directory.isBlank()) {
            return Path.of(directory);
        }
        return TemporaryDirectories.deleteAtExit(
                Path.of(System.getProperty("java.io.tmpdir"), "vanthu-signing-" + ProcessHandle.current().pid()));
    }

    /**
     * One key: a PKCS#12 file, or a PKCS#11 module with the token's slot index and the key's label; the PNG
     * shown in the signature (signature or seal image); for an agency key kept on the server, the PIN that
     * unlocks it (give it through an environment variable, never in a committed file).
     */
    record Key(Path pkcs12, Path pkcs11Module, Integer slotIndex, String label, Path image, String pin) {

        Signer signer() {
            if (pkcs12 != null) {
                return Signer.pkcs12(pkcs12);
            }
            if (pkcs11Module != null) {
                return Signer.pkcs11(pkcs11Module, slotIndex == null ? 0 : slotIndex, label);
            }
            throw new IllegalStateException("khóa ký số phải có pkcs12 hoặc pkcs11-module");
        }
    }
}
