package vn.vanthu.exchange;

import java.util.List;
import java.util.UUID;
import vn.vanthu.document.Dispatch;

/**
 * An issued document ready to leave: the dispatch it was rendered from (with its number and date), the
 * signed PDF, the issuing agency, the recipients the văn thư confirmed, who sends it, for a thay thế the
 * earlier dispatch it replaces, and for a reply the văn bản đến it answers (each null otherwise).
 */
public record IssuedDocument(UUID dispatchId, Dispatch dispatch, byte[] signedPdf, String senderAgency,
        List<Recipient> recipients, String clerk, UUID replaces, UUID answers) {

    public IssuedDocument {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
