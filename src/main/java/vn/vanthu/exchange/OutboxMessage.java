package vn.vanthu.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * One message waiting in (or gone from) an agency's outbox.
 *
 * @param kind    a document, a recall, or a status answer
 * @param channel straight into an inbox of this vanthu, through an edXML adapter, or by e-mail
 * @param stored  the payload as stored: its own bytes and the PDF kept apart (V21)
 * @param pdfSha256 the key the kept PDF has in {@code outbox_pdf}; null when the payload holds none apart
 */
record OutboxMessage(long id, String agencyId, UUID copyId, Kind kind, Channel channel, String destination,
        String subject, StoredPayload stored, String pdfSha256, String state, int attempts, String lastError,
        Instant createdAt) {

    /** The payload as it was enqueued, byte for byte (the PDF spliced back in). */
    byte[] payload() {
        return stored.payload();
    }

    enum Kind {
        DOCUMENT, RECALL, STATUS
    }

    enum Channel {
        INTERNAL("hộp thư đến trong hệ thống"), EDXML("gói tin edXML"), EMAIL("thư điện tử");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        /** How the log names the way a message went. */
        String label() {
            return label;
        }
    }
}
