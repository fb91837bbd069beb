package vn.vanthu.signing;

import java.time.LocalDate;

/** The register entry (sổ văn bản đi) an issued PDF matches, and whether the document was recalled. */
public record RegisterMatch(String numberAndSymbol, LocalDate date, String summary, String sha256, boolean recalled) {
}
