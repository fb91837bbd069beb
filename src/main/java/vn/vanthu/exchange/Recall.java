package vn.vanthu.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A recall or replacement of an issued document, as the verify endpoint and the registers show it: why,
 * when, and the dispatch that replaced it (null for a plain thu hồi).
 */
public record Recall(UUID dispatchId, String reason, Instant at, UUID replacedBy) {
}
