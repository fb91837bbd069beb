package vn.vanthu.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a reply dispatch needs to reference the văn bản đến it answers: the sentence for its body or V/v
 * ("Trả lời Công văn số 15/UBND-KGVX ngày 05/3/2026 của Ủy ban nhân dân tỉnh Đắk Lắk"), the sender as a
 * recipient (an agency of this vanthu, or its mã định danh), and the edXML ResponseFor fields.
 */
public record ReplyReference(UUID incomingId, String agencyId, String text, String typeName, String code,
        LocalDate issuedOn, String subject, String senderName, String senderAgency, String senderOrganId,
        String documentId) {
}
