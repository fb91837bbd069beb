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

    private final DemoKeyFiles files;
    private final DemoCa ca;
    private final LocalTsa tsa;
    private final RevokedSerials revoked;

    private DemoPki(DemoKeyFiles files, DemoCa ca, LocalTsa tsa) {
        this.files = files;
        this.ca = ca;
        this.tsa = tsa;
        this.revoked = new RevokedSerials(files.revokedList());
    }

    /** Opens the demo keys in {@code dir}, making whatever is missing for the directory's people and agencies. */
    static synchronized DemoPki open(Path dir, Directory directory) {
        DemoKeyFiles files = new DemoKeyFiles(dir);
        DemoCa ca = files.ca();
        DemoPki pki = new DemoPki(files, ca, files.tsa(ca));
        int made = 0;
        for (Agency agency : directory.agencies()) {
            made += files.ensureAgency(agency, ca);
            for (Role role : SIGNERS) {
                for (Person person : directory.people(agency.id(), role)) {
                    made += files.ensurePerson(person, agency, ca);
                }
            }
        }
        if (made > 0) {
            log.info("Đã tạo {} khóa ký số demo trong {} (CA demo, không có giá trị pháp lý; mã PIN demo {})", made,
                    dir, DEMO_PIN);
        }
        return pki;
    }

    /** A new key and certificate for the person, valid from {@code from} to {@code to} (tests make expired ones). */
    X509Certificate reissue(String userId, String fullName, String agencyName, Instant from, Instant to) {
        return files.issue(files.person(userId), DemoCa.name(fullName, agencyName, userId), from, to, ca);
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
            return DemoCaPublication.crl(ca, revoked.all()).getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path directory() {
        return files.directory();
    }

    @Override
    public Signer person(String userId) {
        Path file = files.person(userId);
        if (!Files.exists(file)) {
            throw new NoSigningKey(userId);
        }
        return Signer.pkcs12(file);
    }

    @Override
    public Signer agency(String agencyId) {
        Path file = files.agency(agencyId);
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
            return Files.readAllBytes(files.image(name));
        } catch (IOException e) {
            throw new NoSigningKey(who + " (thiếu ảnh " + name + ")");
        }
    }
}
