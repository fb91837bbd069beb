package vn.vanthu.exchange;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading văn bản đến: an agency's sổ văn bản đến, one document with its history, and what a reply references. */
@Service
public class IncomingDocuments {

    private final IncomingStore store;
    private final IncomingEvents events;

    IncomingDocuments(IncomingStore store, IncomingEvents events) {
        this.store = store;
        this.events = events;
    }

    /**
     * The reference a reply dispatch to this văn bản đến carries, once it is registered and not refused;
     * the lead's chain starts the reply from it (Kính gửi the sender, "Trả lời Công văn số … ngày …").
     */
    @Transactional(readOnly = true)
    public Optional<ReplyReference> replyTo(UUID incomingId) {
        return store.find(incomingId).filter(d -> d.registerNumber != null && d.state != IncomingState.REFUSED)
                .map(d -> {
                    IncomingFacts f = d.facts;
                    String text = "Trả lời " + f.typeName() + " số " + f.code() + " ngày " + f.issuedOn().getDayOfMonth()
                            + "/" + f.issuedOn().getMonthValue() + "/" + f.issuedOn().getYear() + " của " + f.senderName();
                    return new ReplyReference(d.id, d.agencyId, text, f.typeName(), f.code(), f.issuedOn(), f.subject(),
                            f.senderName(), f.senderAgency(), f.senderOrgan(), f.documentId());
                });
    }

    /** The agency's văn bản đến of a year: registered ones in số đến order, then those not registered. */
    @Transactional(readOnly = true)
    List<IncomingDocument> register(String agencyId, int year) {
        return store.ofYear(agencyId, year);
    }

    @Transactional(readOnly = true)
    Optional<IncomingDocument> find(UUID id) {
        return store.find(id);
    }

    List<IncomingEvents.Event> history(UUID id) {
        return events.of(id);
    }

    byte[] pdf(UUID id) {
        return store.pdf(id);
    }
}
