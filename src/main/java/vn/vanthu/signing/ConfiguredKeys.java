package vn.vanthu.signing;

import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A real deployment's keys as {@code vanthu.signing.*} names them: PKCS#12 files or PKCS#11 tokens, the
 * configured trust anchors, CRL files (then the CRL addresses in the certificates) and the TSA.
 */
final class ConfiguredKeys implements KeyRing {

    private final SigningProperties properties;
    private final Trust trust;

    ConfiguredKeys(SigningProperties properties) {
        this.properties = properties;
        List<X509Certificate> anchors = new ArrayList<>();
        properties.trustAnchors().forEach(p -> anchors.addAll(KeyFiles.readCertificates(p)));
        List<Path> files = properties.crls();
        CRLSource local = new FreshCrls(() -> files.stream().map(ConfiguredKeys::read).toList());
        OnlineCRLSource online = new OnlineCRLSource();
        CRLSource crls = (CertificateToken cert, CertificateToken issuer) -> {
            CRLToken token = local.getRevocationToken(cert, issuer);
            return token != null ? token : online.getRevocationToken(cert, issuer);
        };
        this.trust = new Trust(anchors, crls, properties.tsaUrl() == null ? null
                : new OnlineTSPSource(properties.tsaUrl()));
    }

    @Override
    public Signer person(String userId) {
        return key(properties.people().get(userId), userId).signer();
    }

    @Override
    public Signer agency(String agencyId) {
        return key(properties.agencies().get(agencyId), "cơ quan " + agencyId).signer();
    }

    @Override
    public java.util.Optional<char[]> agencyPin(String agencyId) {
        SigningProperties.Key key = properties.agencies().get(agencyId);
        return key == null || key.pin() == null ? java.util.Optional.empty()
                : java.util.Optional.of(key.pin().toCharArray());
    }

    @Override
    public byte[] signatureImage(String userId) {
        return read(key(properties.people().get(userId), userId).image());
    }

    @Override
    public byte[] sealImage(String agencyId) {
        return read(key(properties.agencies().get(agencyId), "cơ quan " + agencyId).image());
    }

    @Override
    public Trust trust() {
        return trust;
    }

    private static SigningProperties.Key key(SigningProperties.Key key, String who) {
        if (key == null) {
            throw new NoSigningKey(who);
        }
        return key;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
