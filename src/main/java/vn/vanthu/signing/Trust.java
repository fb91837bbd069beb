package vn.vanthu.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What signing and verification trust: the root certificates, where revocation data comes from and the
 * time-stamping authority (null when this installation only verifies).
 */
record Trust(List<X509Certificate> anchors, CRLSource crls, TSPSource tsa) {

    Trust {
        anchors = List.copyOf(anchors);
    }

    /** A DSS certificate verifier that trusts the anchors and asks nothing of the network. */
    CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors.forEach(a -> trusted.addCertificate(new CertificateToken(a)));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(crls);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        return verifier;
    }
}
