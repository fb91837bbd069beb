package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.tsp.TSPAlgorithms;

/**
 * An RFC 3161 time-stamping authority running in-process (BouncyCastle TSP), for the demo province: it
 * answers DSS's requests with a signed token whose time is this machine's clock.
 */
final class LocalTsa implements TSPSource {

    private static final long serialVersionUID = 1L;
    /** The demo TSA's policy identifier (an arc under the private-enterprise example OID). */
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.32473.12.1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient KeyPair keys;
    private final List<X509Certificate> chain;

    LocalTsa(KeyPair keys, List<X509Certificate> chain) {
        this.keys = keys;
        this.chain = List.copyOf(chain);
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        try {
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            request.setCertReq(true);
            TimeStampRequest req = request.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                    new BigInteger(64, RANDOM));
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), chain.get(0)),
                    digests.get(new AlgorithmIdentifier(TSPAlgorithms.SHA256)), POLICY);
            tokens.addCertificates(new JcaCertStore(chain));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            // one second behind, whole seconds: the CRL fetched right after the stamp is then strictly later
            Date time = Date.from(java.time.Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            TimeStampResponse response = responses.generate(req, new BigInteger(64, RANDOM), time);
            response.validate(req);
            return new TimestampBinary(response.getTimeStampToken().getEncoded());
        } catch (Exception e) {
            throw new DSSException("máy chủ dấu thời gian demo không cấp được dấu thời gian: " + e.getMessage(), e);
        }
    }
}
