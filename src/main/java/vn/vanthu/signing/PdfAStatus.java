package vn.vanthu.signing;

import java.util.List;

/** What veraPDF says of the file against PDF/A-2b: compliant or not, and the clauses that failed. */
public record PdfAStatus(String profile, boolean compliant, List<String> failedRules) {

    public PdfAStatus {
        failedRules = List.copyOf(failedRules);
    }
}
