package vn.vanthu.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Person;

/**
 * The demo province's key directory: where the CA, the TSA, each leader's and each agency's key and picture
 * live, and the making of those still missing. A restart reuses every file that is there.
 */
final class DemoKeyFiles {

    private static final char[] CA_PASSWORD = "vanthu-demo-ca".toCharArray();

    private final Path dir;

    DemoKeyFiles(Path dir) {
        this.dir = dir;
    }

    /** The demo CA, made and written (with its certificate as PEM, for a browser or a verifier) if missing. */
    DemoCa ca() {
        Path file = dir.resolve("ca.p12");
        if (Files.exists(file)) {
            return new DemoCa(KeyFiles.readKeys(file, CA_PASSWORD), KeyFiles.readChain(file, CA_PASSWORD).get(0));
        }
        DemoCa ca = DemoCa.create();
        KeyFiles.writePkcs12(file, ca.keys(), List.of(ca.root()), CA_PASSWORD);
        KeyFiles.writePem(dir.resolve("ca.pem"), List.of(ca.root()));
        return ca;
    }

    /** The CA's time-stamping authority, its key made if missing. */
    LocalTsa tsa(DemoCa ca) {
        Path file = dir.resolve("tsa.p12");
        if (!Files.exists(file)) {
            KeyPair keys = DemoCa.rsa();
            KeyFiles.writePkcs12(file, keys, List.of(ca.issueTsa(keys), ca.root()), CA_PASSWORD);
        }
        return new LocalTsa(KeyFiles.readKeys(file, CA_PASSWORD), KeyFiles.readChain(file, CA_PASSWORD));
    }

    /** The agency's key (five years) and seal picture, made if missing; 1 when made. */
    int ensureAgency(Agency agency, DemoCa ca) {
        Path file = agency(agency.id());
        if (Files.exists(file)) {
            return 0;
        }
        String organisation = agency.parentId() == null ? agency.shortName() : "UBND tỉnh " + agency.place();
        issue(file, DemoCa.name(agency.shortName(), organisation, null), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365L * 5)), ca);
        String rim = String.join(" ", agency.nameLines());
        String bottom = agency.parentId() == null ? "DEMO" : "TỈNH " + agency.place().toUpperCase(Locale.ROOT);
        KeyFiles.write(image("seal-" + agency.id() + ".png"), SealArt.png(rim, bottom));
        return 1;
    }

    /** The leader's key (three years) and signature picture, made if missing; 1 when made. */
    int ensurePerson(Person person, Agency agency, DemoCa ca) {
        Path file = person(person.userId());
        if (Files.exists(file)) {
            return 0;
        }
        issue(file, DemoCa.name(person.fullName(), agency.shortName(), person.userId()),
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365L * 3)), ca);
        KeyFiles.write(image("signature-" + person.userId() + ".png"),
                SignatureArt.png(person.userId(), person.fullName()));
        return 1;
    }

    /** A new key in {@code file}, certified by the CA from {@code from} to {@code to}, under the demo PIN. */
    X509Certificate issue(Path file, X500Name name, Instant from, Instant to, DemoCa ca) {
        KeyPair keys = DemoCa.rsa();
        X509Certificate certificate = ca.issueSigning(keys, name, from, to);
        KeyFiles.writePkcs12(file, keys, List.of(certificate, ca.root()), DemoPki.DEMO_PIN.toCharArray());
        return certificate;
    }

    Path person(String userId) {
        return dir.resolve("people").resolve(userId + ".p12");
    }

    Path agency(String agencyId) {
        return dir.resolve("agencies").resolve(agencyId + ".p12");
    }

    Path image(String name) {
        return dir.resolve("images").resolve(name);
    }

    Path revokedList() {
        return dir.resolve("revoked.txt");
    }

    Path directory() {
        return dir;
    }
}
