package vn.vanthu.signing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One signature of a verified PDF: who signed (person or agency), when, at which PAdES level, DSS's
 * indication, whether the certificate chain reaches a trusted root unrevoked, and what changed after it.
 *
 * @param changedAfter the file has later revisions (numbers filled in, a later signature, validation data)
 * @param disallowedChange a later revision changed what this signature does not permit (content, pages)
 */
public record SignatureCheck(String id, String signer, String organisation, OffsetDateTime signingTime,
        String level, String indication, String subIndication, String chainStatus, boolean chainTrusted,
        boolean changedAfter, boolean disallowedChange, String fieldName, List<String> errors) {

    public SignatureCheck {
        errors = List.copyOf(errors);
    }

    /** DSS's verdict is TOTAL_PASSED and nothing forbidden changed afterwards. */
    public boolean valid() {
        return "TOTAL_PASSED".equals(indication) && !disallowedChange;
    }
}
