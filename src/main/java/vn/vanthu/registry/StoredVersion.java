package vn.vanthu.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable version of a document of a dispatch: which document (main, submission,
 * consultation-summary), the step and actor that produced it, the mode, and the two hashes — of the
 * PDF, and of the content without its number and date, which proves the issued text is the signed one.
 */
public record StoredVersion(UUID dispatchId, int version, String documentKind, String step, String actor,
        Instant createdAt, String mode, String contentSha256, String pdfSha256) {
}
