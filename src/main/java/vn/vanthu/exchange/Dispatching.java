package vn.vanthu.exchange;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.document.Dispatch;
import vn.vanthu.exchange.ExchangeProblem.AlreadySent;
import vn.vanthu.exchange.ExchangeProblem.InvalidRecipients;
import vn.vanthu.exchange.ExchangeProblem.UnknownRecipients;
import vn.vanthu.exchange.edxml.Business;
import vn.vanthu.exchange.edxml.BusinessType;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.ResponseFor;

/**
 * Sends an issued document to every confirmed recipient: a copy per recipient and its message in the
 * outbox, all in one transaction, so a document is either queued for everyone or for no one.
 */
@Service
public class Dispatching {

    private static final Logger log = LoggerFactory.getLogger(Dispatching.class);

    private final Recipients recipients;
    private final SentCopies copies;
    private final Outbox outbox;
    private final Organs organs;
    private final IncomingStore incoming;

    Dispatching(Recipients recipients, SentCopies copies, Outbox outbox, Organs organs, IncomingStore incoming) {
        this.recipients = recipients;
        this.copies = copies;
        this.outbox = outbox;
        this.organs = organs;
        this.incoming = incoming;
    }

    /**
     * Queues the document for each recipient and returns their statuses (all "chờ gửi"). Refused whole when
     * a Nơi nhận line is still unknown, a recipient is not in the directory, or it was sent already.
     */
    @Transactional
    public List<CopyStatus> send(IssuedDocument doc) {
        Dispatch d = SendChecks.issued(doc);
        List<String> unknown = recipients.resolve(d, doc.senderAgency()).unknown();
        if (!unknown.isEmpty()) {
            throw new UnknownRecipients(unknown);
        }
        if (copies.exist(doc.dispatchId())) {
            throw new AlreadySent(doc.dispatchId());
        }
        Organ from = organs.agency(doc.senderAgency()).orElseThrow(() -> new InvalidRecipients("senderAgency",
                "Cơ quan " + doc.senderAgency() + " chưa có mã định danh để gửi văn bản điện tử"));
        SendChecks.recipients(doc.recipients(), organs);
        String documentId = DispatchPackages.documentId(d, from.organId());
        Business business = doc.replaces() == null
                ? DispatchPackages.business(documentId, BusinessType.NEW, null, organs.staff(doc.clerk()), List.of())
                : replacing(doc, documentId);
        int pages = pages(doc.signedPdf());
        // a reply names the văn bản đến it answers, as its sender's system knows it (edXML ResponseFor)
        List<ResponseFor> answers = doc.answers() == null ? List.of() : incoming.find(doc.answers())
                .map(a -> List.of(new ResponseFor(a.facts.senderOrgan(), a.facts.code(), a.facts.issuedOn(),
                        a.facts.documentId()))).orElse(List.of());
        String code = DispatchPackages.number(d) + "/" + d.symbolOrDerived();
        String subject = DispatchPackages.subject(d);
        // the PDF every copy carries is kept once and hashed once (V21); each package is written without it
        Outbox.SharedPdf pdf = outbox.keep(doc.signedPdf());
        for (Recipient r : doc.recipients()) {
            SentCopy copy = new SentCopy(UUID.randomUUID(), doc.dispatchId(), doc.senderAgency(), documentId, code,
                    DispatchPackages.date(d), subject, r.kind(), r.ref(), r.organId(), r.name(), CopyState.QUEUED, null);
            copies.insert(copy);
            if (r.kind() == Recipient.Kind.PERSON) {
                outbox.enqueue(doc.senderAgency(), copy.id(), OutboxMessage.Kind.DOCUMENT, OutboxMessage.Channel.EMAIL,
                        r.ref(), Mailer.subject(from.name(), code, d, subject), doc.signedPdf(), pdf);
                continue;
            }
            EdDocument edxml = DispatchPackages.of(d, doc.signedPdf(), pages, from, organs.recipient(r), business,
                    answers);
            outbox.enqueue(doc.senderAgency(), copy.id(), OutboxMessage.Kind.DOCUMENT,
                    r.kind() == Recipient.Kind.AGENCY ? OutboxMessage.Channel.INTERNAL : OutboxMessage.Channel.EDXML,
                    r.kind() == Recipient.Kind.AGENCY ? r.ref() : r.organId(), code + " " + subject,
                    EdXml.writeApart(edxml), pdf);
        }
        if (doc.replaces() != null) {
            copies.replaced(doc.replaces(), doc.dispatchId());
        }
        log.info("Văn bản số {} ({}) đã vào hộp thư đi cho {} nơi nhận", code, documentId, doc.recipients().size());
        return copies.statuses(doc.dispatchId());
    }

    /** The sender's view: each recipient's copy, its state and its history. */
    @Transactional(readOnly = true)
    public List<CopyStatus> statuses(UUID dispatchId) {
        return copies.statuses(dispatchId);
    }

    /** Thay thế: the earlier document's DocumentId and the organs that received it. */
    private Business replacing(IssuedDocument doc, String documentId) {
        List<SentCopy> earlier = copies.of(doc.replaces());
        if (earlier.isEmpty()) {
            throw new InvalidRecipients("replaces", "Văn bản được thay thế (" + doc.replaces() + ") chưa từng được gửi đi");
        }
        List<String> organIds = earlier.stream().map(SentCopy::organId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        List<Business.Replacement> replaced = organIds.isEmpty() ? List.of()
                : List.of(new Business.Replacement(earlier.get(0).documentId(), organIds));
        return DispatchPackages.business(documentId, BusinessType.REPLACE, "Thay thế văn bản số "
                + earlier.get(0).code(), organs.staff(doc.clerk()), replaced);
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new InvalidRecipients("signedPdf", "Tệp PDF đã ký không đọc được: " + e.getMessage());
        }
    }
}
