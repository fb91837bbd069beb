package vn.vanthu.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** DSS's validation of a signed PDF, read into one {@link SignatureCheck} per signature. */
final class DssValidation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DssValidation.class);

    /** DSS's PDF reading with vanthu's page comparison (PageLooks); stateless, so shared. */
    private static final PdfBoxDefaultObjectFactory PDF_READER = new PdfBoxDefaultObjectFactory();

    /**
     * DSS's default validation policy, parsed once per concurrent validation instead of once per validation (a
     * sixth of an issue's signature check). A policy fills in its defaults as it is read, so each serves one
     * validation at a time: taken from here, given back after.
     */
    private static final Queue<ValidationPolicy> POLICIES = new ConcurrentLinkedQueue<>();

    static {
        PDF_READER.setPdfDifferencesFinder(new PageLooks());
    }

    private DssValidation() {
    }

    /** One check per signature of the PDF; none when DSS cannot read it as a signed PDF. */
    static List<SignatureCheck> checks(byte[] pdf, Trust trust) {
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
            ValidationPolicy policy = POLICIES.poll();
            if (policy == null) {
                policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
            }
            try {
                reports = validator.validateDocument(policy);
            } finally {
                POLICIES.offer(policy);
            }
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
}
