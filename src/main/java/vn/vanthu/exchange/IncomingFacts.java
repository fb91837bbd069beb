package vn.vanthu.exchange;

import java.time.LocalDate;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.Header;

/** What a received document says about itself (from its edXML header): fixed once it has arrived. */
record IncomingFacts(String documentId, String senderOrgan, String senderName, String senderAgency, String code,
        LocalDate issuedOn, String place, String typeName, String subject, String signer, int priority) {

    static IncomingFacts of(EdDocument d, String senderAgency) {
        Header h = d.header();
        return new IncomingFacts(h.documentId(), h.from().organId(), h.from().name(), senderAgency, h.code(),
                h.promulgationDate(), h.place(), h.typeName(), h.subject(), h.signer().fullName(),
                h.other().priority());
    }
}
