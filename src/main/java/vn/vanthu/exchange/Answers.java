package vn.vanthu.exchange;

import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.ResponseFor;
import vn.vanthu.exchange.edxml.StatusCode;
import vn.vanthu.exchange.edxml.StatusMessage;

/**
 * Sends a receiver's status back to the sender through the receiver's outbox: straight to a sender in this
 * vanthu, as an edXML status package through the adapter to a sender outside.
 */
@Component
class Answers {

    private final Organs organs;
    private final Outbox outbox;

    Answers(Organs organs, Outbox outbox) {
        this.organs = organs;
        this.outbox = outbox;
    }

    /** Queues the status of the receiving agency's copy, said by a user (null for the system). */
    void send(String agencyId, IncomingFacts about, StatusCode code, String description, String userId) {
        Organ from = organs.agency(agencyId).orElseThrow(() ->
                new IllegalStateException("cơ quan " + agencyId + " chưa có mã định danh"));
        StatusMessage status = new StatusMessage(from, new ResponseFor(about.senderOrgan(), about.code(),
                about.issuedOn(), about.documentId()), userId == null ? null : organs.staff(userId), code,
                description, LocalDateTime.now(DispatchPackages.VIETNAM).withNano(0));
        boolean internal = about.senderAgency() != null;
        outbox.enqueue(agencyId, null, OutboxMessage.Kind.STATUS,
                internal ? OutboxMessage.Channel.INTERNAL : OutboxMessage.Channel.EDXML,
                internal ? about.senderAgency() : about.senderOrgan(),
                code.label() + ": văn bản số " + about.code() + " của " + about.senderName(), EdXml.write(status));
    }
}
