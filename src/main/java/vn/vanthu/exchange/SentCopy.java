package vn.vanthu.exchange;

import java.time.LocalDate;
import java.util.UUID;

/** A copy of an issued document for one recipient, as the sender's tables keep it. */
record SentCopy(UUID id, UUID dispatchId, String senderAgency, String documentId, String code, LocalDate issuedOn,
        String subject, Recipient.Kind kind, String ref, String organId, String name, CopyState state,
        String recallReason) {
}
