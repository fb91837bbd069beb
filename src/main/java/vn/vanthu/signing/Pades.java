package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * One PAdES signature with EU DSS: visible (an image, or a text for appendices), time-stamped, with the
 * revocation data embedded (PAdES-B-LT), drawn with DSS's native PDFBox objects so the file stays PDF/A.
 */
final class Pades {

    static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private Pades() {
    }

    /** What to sign and how it looks. {@code certify} makes it the certification signature (DocMDP 2). */
    record Request(byte[] pdf, String fieldId, Placement.Rect rect, byte[] png,
            eu.europa.esig.dss.pades.SignatureImageTextParameters text, boolean certify, String reason,
            String location, Date signingTime) {
    }

    static byte[] sign(Request r, Signer.Key key, Trust trust) {
        return sign(r, key, service(trust));
    }

    /** Signs with the given DSS service (tests compare vanthu's drawing of a picture with DSS's own). */
    static byte[] sign(Request r, Signer.Key key, PAdESService service) {
        List<X509Certificate> chain = key.chain();
        PAdESSignatureParameters p = new PAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LT);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(new CertificateToken(chain.get(0)));
        p.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        p.bLevel().setSigningDate(r.signingTime());
        p.setSigningTimeZone(VIETNAM);
        p.setReason(r.reason());
        p.setLocation(r.location());
        p.setAppName("vanthu");
        if (r.certify()) {
            p.setPermission(CertificationPermission.CHANGES_PERMITTED);
        }
        SignatureImageParameters image = new SignatureImageParameters();
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setFieldId(r.fieldId());
        if (r.rect() != null) {
            field.setPage(r.rect().page());
            field.setOriginX(r.rect().left());
            field.setOriginY(r.rect().top());
            field.setWidth(r.rect().width());
            field.setHeight(r.rect().height());
        }
        image.setFieldParameters(field);
        if (r.png() != null) {
            image.setImage(new InMemoryDocument(PaletteImage.of(r.png()), "image.png", MimeTypeEnum.PNG));
            image.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
        }
        if (r.text() != null) {
            image.setTextParameters(r.text());
            image.setBackgroundColor(null);
        }
        p.setImageParameters(image);
        DSSDocument document = new InMemoryDocument(r.pdf(), "document.pdf", MimeTypeEnum.PDF);
        ToBeSigned data = service.getDataToSign(document, p);
        byte[] value = key.sign(data.getBytes());
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(chain.get(0).getPublicKey()), DigestAlgorithm.SHA256);
        return bytes(service.signDocument(document, p, new SignatureValue(algorithm, value)));
    }

    static PAdESService service(Trust trust) {
        PAdESService service = new PAdESService(trust.verifier());
        service.setTspSource(trust.tsa());
        service.setPdfObjFactory(new PreparedImageDrawer.PdfObjects());
        return service;
    }

    static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
