package vn.vanthu.signing;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON of a verification (endpoint and {@code vanthu verify --json}): verdicts spelled out in Vietnamese. */
public record VerificationView(String file, boolean valid, String sha256, List<SignatureView> signatures,
        PdfAStatus pdfA, RegisterMatch register, String summary) {

    /** One signature as shown: who, which role in the document, when, level, chain, changes, verdict. */
    public record SignatureView(String signer, String organisation, String role, OffsetDateTime signingTime,
            String level, String indication, String subIndication, boolean valid, String verdict,
            String certificateChain, boolean chainTrusted, boolean changedAfterSigning, boolean disallowedChange,
            List<String> errors) {
    }

    public static VerificationView of(String file, Verification v) {
        List<SignatureView> signatures = v.signatures().stream().map(s -> new SignatureView(s.signer(),
                s.organisation(), role(s), s.signingTime(), s.level(), s.indication(), s.subIndication(), s.valid(),
                VerificationText.verdict(s), s.chainStatus(), s.chainTrusted(), s.changedAfter(),
                s.disallowedChange(), s.errors())).toList();
        return new VerificationView(file, v.valid(), v.sha256(), signatures, v.pdfA(), v.register(),
                VerificationText.summary(v));
    }

    private static String role(SignatureCheck s) {
        if (FormFields.SIGNER.equals(s.fieldName())) {
            return "người có thẩm quyền ký (ô 7c)";
        }
        if (FormFields.SEAL.equals(s.fieldName())) {
            return "cơ quan ban hành (ô 8)";
        }
        return null;
    }
}
