package vn.vanthu.signing;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** What the demo CA publishes for relying parties (its certificate and its CRL) and where each certificate says. */
final class DemoCaPublication {

    /** Where the certificates say their CRL is published; the demo hands the CRL to DSS in-process. */
    static final String CRL_URL = "http://localhost:8080/vanthu-demo-ca.crl";

    /** Where the certificates say the CA's own certificate is published (the file ca.pem of the key directory). */
    static final String CA_URL = "http://localhost:8080/vanthu-demo-ca.crt";

    private DemoCaPublication() {
    }

    /** Adds to a certificate being issued where its CA's certificate and its CRL are published. */
    static void pointTo(X509v3CertificateBuilder b) throws CertIOException {
        b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                new AccessDescription(AccessDescription.id_ad_caIssuers,
                        new GeneralName(GeneralName.uniformResourceIdentifier, CA_URL))));
        GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, CRL_URL));
        b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(where), null, null)}));
    }

    /** A CRL of the CA issued now, valid for a week, listing the revoked serial numbers. */
    static X509CRL crl(DemoCa ca, Set<BigInteger> revoked) {
        // issued now: DSS wants revocation data produced after the signature's time-stamp (LocalTsa lags 1 s)
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    X500Name.getInstance(ca.root().getSubjectX500Principal().getEncoded()), Date.from(now));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (BigInteger serial : revoked) {
                b.addCRLEntry(serial, Date.from(now.minus(Duration.ofHours(1))), CRLReason.keyCompromise);
            }
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.root()));
            b.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(
                    BigInteger.valueOf(now.getEpochSecond())));
            return new JcaX509CRLConverter().getCRL(b.build(DemoCa.signer(ca.keys().getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("không lập được danh sách thu hồi (CRL) demo", e);
        }
    }
}
