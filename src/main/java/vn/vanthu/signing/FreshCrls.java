package vn.vanthu.signing;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.util.List;
import java.util.function.Supplier;

/**
 * Revocation data from CRLs this process holds (the demo CA's current list, or the CRL files a
 * deployment configures): DSS embeds what it returns, so the signed PDF validates offline.
 */
final class FreshCrls implements CRLSource {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<byte[]>> crls;

    FreshCrls(Supplier<List<byte[]>> crls) {
        this.crls = crls;
    }

    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        InMemoryDocument[] documents = crls.get().stream().map(InMemoryDocument::new).toArray(InMemoryDocument[]::new);
        if (documents.length == 0) {
            return null;
        }
        List<RevocationToken<CRL>> tokens = new ExternalResourcesCRLSource(documents)
                .getRevocationTokens(certificate, issuer);
        return tokens.isEmpty() ? null : (CRLToken) tokens.get(0);
    }
}
