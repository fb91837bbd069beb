package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

/**
 * Refuses a signature before it is made when the certificate may not sign now: outside its validity,
 * not issued by a trusted authority, or on the authority's revocation list.
 */
final class CertificateCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private CertificateCheck() {
    }

    static void require(List<X509Certificate> chain, Trust trust, String who) {
        X509Certificate cert = chain.get(0);
        Date now = new Date();
        if (now.after(cert.getNotAfter())) {
            throw new CertificateRefused("Chứng thư số của " + who + " đã hết hạn ngày "
                    + DAY.format(cert.getNotAfter().toInstant()) + ": không ký được, cần gia hạn hoặc cấp chứng thư mới.");
        }
        if (now.before(cert.getNotBefore())) {
            throw new CertificateRefused("Chứng thư số của " + who + " chưa có hiệu lực (từ ngày "
                    + DAY.format(cert.getNotBefore().toInstant()) + ").");
        }
        X509Certificate issuer = issuer(cert, chain, trust);
        if (issuer == null) {
            throw new CertificateRefused("Chứng thư số của " + who + " không do tổ chức cung cấp dịch vụ chứng thực"
                    + " được tin cậy cấp: không ký được.");
        }
        CRLToken crl = trust.crls() == null ? null
                : trust.crls().getRevocationToken(new CertificateToken(cert), new CertificateToken(issuer));
        if (crl != null && crl.getStatus() == CertificateStatus.REVOKED) {
            throw new CertificateRefused("Chứng thư số của " + who + " đã bị thu hồi"
                    + (crl.getRevocationDate() == null ? "" : " từ ngày " + DAY.format(crl.getRevocationDate().toInstant()))
                    + ": không ký được.");
        }
    }

    private static X509Certificate issuer(X509Certificate cert, List<X509Certificate> chain, Trust trust) {
        for (X509Certificate candidate : trust.anchors()) {
            if (candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                try {
                    cert.verify(candidate.getPublicKey());
                    return candidate;
                } catch (Exception e) {
                    // same name, other key: keep looking
                }
            }
        }
        // an intermediate in the chain that itself chains to an anchor
        for (X509Certificate candidate : chain.subList(1, chain.size())) {
            if (candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && !candidate.equals(cert)
                    && issuer(candidate, chain, trust) != null) {
                return candidate;
            }
        }
        return null;
    }
}
