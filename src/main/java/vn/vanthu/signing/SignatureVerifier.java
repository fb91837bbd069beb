package vn.vanthu.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Verifies the PAdES signatures of any PDF for anyone: DSS validation against the trust anchors with the
 * revocation data the file carries, veraPDF for PDF/A-2b, and the register hook; thread-safe.
 */
public final class SignatureVerifier {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignatureVerifier.class);

    /** DSS's PDF reading with vanthu's page comparison (PageLooks); stateless, so shared. */
    private static final PdfBoxDefaultObjectFactory PDF_READER = new PdfBoxDefaultObjectFactory();

    static {
        PDF_READER.setPdfDifferencesFinder(new PageLooks());
    }

    private final Supplier<Trust> trust;
    private final RegisterLookup register;

    SignatureVerifier(Supplier<Trust> trust, RegisterLookup register) {
        this.trust = trust;
        this.register = register;
    }

    /** A verifier trusting these root certificates, offline, without a register (the CLI). */
    public static SignatureVerifier trusting(List<X509Certificate> anchors) {
        Trust offline = new Trust(anchors, null, null);
        return new SignatureVerifier(() -> offline, RegisterLookup.NONE);
    }

    /** A verifier trusting the certificates in these PEM or DER files (the CLI's --trust). */
    public static SignatureVerifier trustingFiles(List<java.nio.file.Path> files) {
        List<X509Certificate> anchors = new ArrayList<>();
        files.forEach(f -> anchors.addAll(KeyFiles.readCertificates(f)));
        return trusting(anchors);
    }

    /** The same verifier asking {@code lookup} for the register entry. */
    public SignatureVerifier withRegister(RegisterLookup lookup) {
        return new SignatureVerifier(trust, lookup);
    }

    /** Verifies the PDF; a file that is not a PDF gives a verification with no signature and PDF/A failed. */
    public Verification verify(byte[] pdf) {
        String sha256 = sha256(pdf);
        List<SignatureCheck> signatures = signatures(pdf, trust.get());
        return new Verification(sha256, signatures, PdfA.check(pdf),
                register.find(sha256, numberField(pdf)).orElse(null));
    }

    /** Only the signatures' checks, without the PDF/A check and the register (a recipient checking a copy). */
    public List<SignatureCheck> signatures(byte[] pdf) {
        return signatures(pdf, trust.get());
    }

    /** Refuses a PDF whose signatures are missing, broken or followed by a forbidden change (issuing checks this). */
    static void requireIntact(byte[] pdf, Trust trust) {
        List<SignatureCheck> checks = signatures(pdf, trust);
        if (checks.isEmpty()) {
            throw new SignatureInvalid("văn bản chưa có chữ ký số của người có thẩm quyền");
        }
        for (SignatureCheck c : checks) {
            if (!c.valid()) {
                throw new SignatureInvalid("chữ ký số của " + c.signer() + " không hợp lệ ("
                        + VerificationText.verdict(c) + ")");
            }
        }
    }

    static List<SignatureCheck> signatures(byte[] pdf, Trust trust) {
        Reports reports;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(
                    new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF));
            validator.setCertificateVerifier(trust.verifier());
            if (validator instanceof PDFDocumentValidator pdfValidator) {
                pdfValidator.setPdfObjFactory(PDF_READER);
            }
            validator.setLocale(Locale.ENGLISH);
            // only the simple report and the diagnostic data are read: the ETSI report (TS 119 102-2) is not built
            validator.setEnableEtsiValidationReport(false);
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            // not a PDF, or a PDF DSS cannot parse: no signature can be shown as valid
            log.warn("Không kiểm tra được chữ ký số của tệp: {}", e.toString());
            return List.of();
        }
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureCheck> out = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper s = diagnostic.getSignatureById(id);
            CertificateWrapper cert = s.getSigningCertificate();
            PDFRevisionWrapper revision = s.getPDFRevision();
            boolean disallowed = revision != null && (!revision.getPdfUndefinedChanges().isEmpty()
                    || !revision.getPdfPageDifferenceConcernedPages().isEmpty());
            // validation data (the DSS dictionary of B-LT) added later is not a change of the document
            boolean changedAfter = !s.isSignatureIntact() || revision != null
                    && (!revision.getPdfSignatureOrFormFillChanges().isEmpty() || !revision.getPdfAnnotationChanges()
                    .isEmpty() || disallowed);
            List<String> errors = new ArrayList<>();
            for (Message m : simple.getAdESValidationErrors(id)) {
                errors.add(m.getValue());
            }
            out.add(new SignatureCheck(id, cert == null ? simple.getSignedBy(id) : cert.getCommonName(),
                    cert == null ? null : cert.getOrganizationName(),
                    simple.getBestSignatureTime(id) == null ? null : OffsetDateTime.ofInstant(
                            simple.getBestSignatureTime(id).toInstant(), AppendixText.VIETNAM),
                    String.valueOf(simple.getSignatureFormat(id)), String.valueOf(simple.getIndication(id)),
                    simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name(),
                    chain(s), cert != null && cert.isTrustedChain(), changedAfter, disallowed || !s.isSignatureIntact(),
                    revision == null ? null : revision.getFirstFieldName(), errors));
        }
        return out;
    }

    private static String chain(SignatureWrapper s) {
        List<String> names = new ArrayList<>();
        for (CertificateWrapper c : s.getCertificateChain()) {
            names.add(c.getCommonName() + (c.isTrusted() ? " (tin cậy)" : "")
                    + (c.isTrusted() || c.isRevocationDataAvailable() ? "" : " (không có dữ liệu thu hồi)"));
        }
        return String.join(" ← ", names);
    }

    private static String numberField(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return FormFields.value(doc, FormFields.NUMBER);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
