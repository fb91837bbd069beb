package vn.vanthu.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Role;

/**
 * The demo province's keys, made at first start in one directory: the demo CA, its TSA, one key and
 * signature image per leader, one key and seal image per agency, and the list of revoked serials.
 * Every key's PKCS#12 password is the documented demo PIN; a restart reuses what is there.
 */
final class DemoPki implements KeyRing {

    /** The PIN of every demo key (a USB token's usual factory PIN). */
    static final String DEMO_PIN = "12345678";
    /** Who signs in the chain and so gets a demo key and signature image. */
    static final Set<Role> SIGNERS = Set.of(Role.GIAM_DOC, Role.PHO_GIAM_DOC, Role.CHU_TICH, Role.PHO_CHU_TICH,
            Role.CHANH_VAN_PHONG);

    private static final Logger log = LoggerFactory.getLogger(DemoPki.class);
    private static final char[] CA_PASSWORD = "vanthu-demo-ca".toCharArray();

    private final Path dir;
    private final DemoCa ca;
    private final LocalTsa tsa;
    private final RevokedSerials revoked;

    private DemoPki(Path dir, DemoCa ca, LocalTsa tsa) {
        this.dir = dir;
        this.ca = ca;
        this.tsa = tsa;
        this.revoked = new RevokedSerials(dir.resolve("revoked.txt"));
    }

    /** Opens the demo keys in {@code dir}, making whatever is missing for the directory's people and agencies. */
    static synchronized DemoPki open(Path dir, Directory directory) {
        DemoCa ca = Files.exists(dir.resolve("ca.p12")) ? loadCa(dir) : newCa(dir);
        if (!Files.exists(dir.resolve("tsa.p12"))) {
            KeyPair keys = DemoCa.rsa();
            KeyFiles.writePkcs12(dir.resolve("tsa.p12"), keys, List.of(ca.issueTsa(keys), ca.root()), CA_PASSWORD);
        }
        KeyPair tsaKeys = KeyFiles.readKeys(dir.resolve("tsa.p12"), CA_PASSWORD);
        List<X509Certificate> tsaChain = chainOf(dir.resolve("tsa.p12"), CA_PASSWORD);
        DemoPki pki = new DemoPki(dir, ca, new LocalTsa(tsaKeys, tsaChain));
        int made = 0;
        for (Agency agency : directory.agencies()) {
            made += pki.ensureAgency(agency);
            for (Role role : SIGNERS) {
                for (Person person : directory.people(agency.id(), role)) {
                    made += pki.ensurePerson(person, agency);
                }
            }
        }
        if (made > 0) {
            log.info("Đã tạo {} khóa ký số demo trong {} (CA demo, không có giá trị pháp lý; mã PIN demo {})", made,
                    dir, DEMO_PIN);
        }
        return pki;
    }

    private int ensureAgency(Agency agency) {
        Path file = dir.resolve("agencies").resolve(agency.id() + ".p12");
        if (Files.exists(file)) {
            return 0;
        }
        String organisation = agency.parentId() == null ? agency.shortName() : "UBND tỉnh " + agency.place();
        issue(file, DemoCa.name(agency.shortName(), organisation, null), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365L * 5)));
        String rim = String.join(" ", agency.nameLines());
        String bottom = agency.parentId() == null ? "DEMO" : "TỈNH " + agency.place().toUpperCase(java.util.Locale.ROOT);
        KeyFiles.write(dir.resolve("images").resolve("seal-" + agency.id() + ".png"), SealArt.png(rim, bottom));
        return 1;
    }

    private int ensurePerson(Person person, Agency agency) {
        Path file = personFile(person.userId());
        if (Files.exists(file)) {
            return 0;
        }
        reissue(person.userId(), person.fullName(), agency.shortName(), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365L * 3)));
        KeyFiles.write(dir.resolve("images").resolve("signature-" + person.userId() + ".png"),
                SignatureArt.png(person.userId(), person.fullName()));
        return 1;
    }

    /** A new key and certificate for the person, valid from {@code from} to {@code to} (tests make expired ones). */
    X509Certificate reissue(String userId, String fullName, String agencyName, Instant from, Instant to) {
        return issue(personFile(userId), DemoCa.name(fullName, agencyName, userId), from, to);
    }

    private X509Certificate issue(Path file, org.bouncycastle.asn1.x500.X500Name name, Instant from, Instant to) {
        KeyPair keys = DemoCa.rsa();
        X509Certificate certificate = ca.issueSigning(keys, name, from, to);
        KeyFiles.writePkcs12(file, keys, List.of(certificate, ca.root()), DEMO_PIN.toCharArray());
        return certificate;
    }

    /** A certificate of the demo CA for a key made elsewhere (a PKCS#11 token's), valid three years. */
    X509Certificate certify(KeyPair keys, String fullName, String agencyName, String userId) {
        return ca.issueSigning(keys, DemoCa.name(fullName, agencyName, userId), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365L * 3)));
    }

    /** Puts the certificate on the demo CA's revocation list. */
    void revoke(X509Certificate certificate) {
        revoked.add(certificate.getSerialNumber());
    }

    /** The current CRL, freshly signed (a demo CA publishes on every request). */
    byte[] crl() {
        try {
            return ca.crl(revoked.all()).getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path directory() {
        return dir;
    }

    @Override
    public Signer person(String userId) {
        Path file = personFile(userId);
        if (!Files.exists(file)) {
            throw new NoSigningKey(userId);
        }
        return Signer.pkcs12(file);
    }

    @Override
    public Signer agency(String agencyId) {
        Path file = dir.resolve("agencies").resolve(agencyId + ".p12");
        if (!Files.exists(file)) {
            throw new NoSigningKey("cơ quan " + agencyId);
        }
        return Signer.pkcs12(file);
    }

    @Override
    public java.util.Optional<char[]> agencyPin(String agencyId) {
        return java.util.Optional.of(DEMO_PIN.toCharArray());
    }

    @Override
    public byte[] signatureImage(String userId) {
        return image("signature-" + userId + ".png", userId);
    }

    @Override
    public byte[] sealImage(String agencyId) {
        return image("seal-" + agencyId + ".png", "cơ quan " + agencyId);
    }

    @Override
    public Trust trust() {
        return new Trust(List.of(ca.root()), new FreshCrls(() -> List.of(crl())), tsa);
    }

    private byte[] image(String name, String who) {
        try {
            return Files.readAllBytes(dir.resolve("images").resolve(name));
        } catch (IOException e) {
            throw new NoSigningKey(who + " (thiếu ảnh " + name + ")");
        }
    }

    private Path personFile(String userId) {
        return dir.resolve("people").resolve(userId + ".p12");
    }

    private static DemoCa newCa(Path dir) {
        DemoCa ca = DemoCa.create();
        KeyFiles.writePkcs12(dir.resolve("ca.p12"), ca.keys(), List.of(ca.root()), CA_PASSWORD);
        KeyFiles.writePem(dir.resolve("ca.pem"), List.of(ca.root()));
        return ca;
    }

    private static DemoCa loadCa(Path dir) {
        return new DemoCa(KeyFiles.readKeys(dir.resolve("ca.p12"), CA_PASSWORD),
                chainOf(dir.resolve("ca.p12"), CA_PASSWORD).get(0));
    }

    private static List<X509Certificate> chainOf(Path p12, char[] password) {
        return KeyFiles.readChain(p12, password);
    }
}
