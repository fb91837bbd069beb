package vn.vanthu.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo certificate authority: a self-signed root that issues person, agency and time-stamping
 * certificates and signs the CRL ({@link DemoCaPublication}). Its name says it is a demo with no legal value.
 */
final class DemoCa {

    static final String ROOT_NAME = "vanthu DEMO CA – không có giá trị pháp lý";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keys;
    private final X509Certificate root;

    DemoCa(KeyPair keys, X509Certificate root) {
        this.keys = keys;
        this.root = root;
    }

    /** A new root valid for 20 years from yesterday. */
    static DemoCa create() {
        KeyPair keys = rsa();
        X500Name name = name(ROOT_NAME, "vanthu DEMO", null);
        Instant from = Instant.now().minus(Duration.ofDays(1));
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from),
                    Date.from(from.plus(Duration.ofDays(365L * 20))), name, keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            return new DemoCa(keys, certificate(b, keys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException("không tạo được CA demo", e);
        }
    }

    X509Certificate root() {
        return root;
    }

    KeyPair keys() {
        return keys;
    }

    /** A certificate for signing documents (a person or an agency's seal key) valid from {@code from} to {@code to}. */
    X509Certificate issueSigning(KeyPair subject, X500Name name, Instant from, Instant to) {
        return issue(subject, name, from, to, false);
    }

    /** The time-stamping authority's certificate (extended key usage timeStamping, critical, as RFC 3161 asks). */
    X509Certificate issueTsa(KeyPair subject) {
        Instant from = Instant.now().minus(Duration.ofDays(1));
        return issue(subject, name("vanthu DEMO TSA – không có giá trị pháp lý", "vanthu DEMO", null), from,
                from.plus(Duration.ofDays(365L * 10)), true);
    }

    private X509Certificate issue(KeyPair subject, X500Name name, Instant from, Instant to, boolean tsa) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial(), Date.from(from),
                    Date.from(to), name, subject.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subject.getPublic()));
            if (tsa) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            } else {
                b.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            DemoCaPublication.pointTo(b);
            return certificate(b, keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException("không cấp được chứng thư demo cho " + name, e);
        }
    }

    /** CN, O, OU and C=VN; the user id goes in UID so two people with one name stay apart. */
    static X500Name name(String commonName, String organisation, String userId) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        b.addRDN(BCStyle.C, "VN");
        b.addRDN(BCStyle.O, organisation);
        b.addRDN(BCStyle.CN, commonName);
        if (userId != null) {
            b.addRDN(BCStyle.UID, userId);
        }
        return b.build();
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(96, RANDOM).abs().add(BigInteger.ONE);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder b, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(signer(key)));
    }

    static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }
}
