package vn.vanthu.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo certificate authority: a self-signed root that issues person, agency and time-stamping
 * certificates and signs the CRL. Its name says it is a demo with no legal value.
 */
final class DemoCa {

    static final String ROOT_NAME = "vanthu DEMO CA – không có giá trị pháp lý";
    /** Where the certificates say their CRL is published; the demo hands the CRL to DSS in-process. */
    static final String CRL_URL = "http://localhost:8080/vanthu-demo-ca.crl";

    /** Where the certificates say the CA's own certificate is published (the file ca.pem of the key directory). */
    static final String CA_URL = "http://localhost:8080/vanthu-demo-ca.crt";

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
            b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription(AccessDescription.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, CA_URL))));
            GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, CRL_URL));
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(where), null, null)}));
            return certificate(b, keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException("không cấp được chứng thư demo cho " + name, e);
        }
    }

    /** A CRL issued now, valid for a week, listing the revoked serial numbers. */
    X509CRL crl(Set<BigInteger> revoked) {
        // issued now: DSS wants revocation data produced after the signature's time-stamp (LocalTsa lags 1 s)
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (BigInteger serial : revoked) {
                b.addCRLEntry(serial, Date.from(now.minus(Duration.ofHours(1))), CRLReason.keyCompromise);
            }
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
            b.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(
                    BigInteger.valueOf(now.getEpochSecond())));
            return new JcaX509CRLConverter().getCRL(b.build(signer(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("không lập được danh sách thu hồi (CRL) demo", e);
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

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }
}
