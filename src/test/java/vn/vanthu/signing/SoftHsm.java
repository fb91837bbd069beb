package vn.vanthu.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.vanthu.platform.TemporaryDirectories;

/**
 * A real PKCS#11 token for tests: Debian's SoftHSM2 with its configuration at $SOFTHSM2_CONF (set by
 * surefire), a fresh token directory, one key and certificate imported with softhsm2-util and pkcs11-tool.
 */
final class SoftHsm {

    static final Path MODULE = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String TOKEN = "vanthu-test";
    static final String USER_PIN = "12345678";

    private SoftHsm() {
    }

    /** Initialises the token and imports the key with its certificate under {@code label}. */
    static void start(KeyPair keys, X509Certificate certificate, String label) {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)");
        }
        try {
            Path base = Path.of(conf).getParent();
            Path tokens = base.resolve("tokens");
            TemporaryDirectories.delete(tokens);
            Files.createDirectories(tokens);
            Files.writeString(Path.of(conf), "directories.tokendir = " + tokens.toAbsolutePath()
                    + "\nobjectstore.backend = file\nlog.level = ERROR\n");
            run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", USER_PIN, "--so-pin", "87654321");
            Path key = base.resolve("key.pem");
            Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64,
                    "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            run("softhsm2-util", "--import", key.toString(), "--token", TOKEN, "--label", label, "--id", "01",
                    "--pin", USER_PIN);
            Path cert = base.resolve("cert.der");
            Files.write(cert, certificate.getEncoded());
            run("pkcs11-tool", "--module", MODULE.toString(), "--token-label", TOKEN, "--login", "--pin", USER_PIN,
                    "--write-object", cert.toString(), "--type", "cert", "--id", "01", "--label", label);
            Files.delete(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", args.subList(0, 2)) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
