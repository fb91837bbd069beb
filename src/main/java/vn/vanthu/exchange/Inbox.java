package vn.vanthu.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.Agency;
import vn.vanthu.exchange.ExchangeProblem.InvalidRequest;
import vn.vanthu.exchange.edxml.Business;
import vn.vanthu.exchange.edxml.BusinessType;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdPackage;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.StatusCode;
import vn.vanthu.exchange.edxml.StatusMessage;

/**
 * The văn thư's inbox of each agency. Every package takes the same way in, whether it comes from another
 * agency of this vanthu or from outside: a status updates the sender's copy; a document becomes a văn bản
 * đến whose receiving process checks and registers it; a recall marks the copy and asks the văn thư.
 */
@Service
class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final IncomingStore store;
    private final SentCopies copies;
    private final Organs organs;
    private final Answers answers;
    private final RuntimeService runtime;
    private final AsSystem system;

    Inbox(IncomingStore store, SentCopies copies, Organs organs, Answers answers, RuntimeService runtime,
            AsSystem system) {
        this.store = store;
        this.copies = copies;
        this.organs = organs;
        this.answers = answers;
        this.runtime = runtime;
        this.system = system;
    }

    /**
     * A package from another agency of this vanthu, handed over by the outbox (same transaction) as the outbox
     * keeps it: the PDF apart from the rest, so its base64 is neither written back nor read again, and
     * {@code pdfSha256} its key in the outbox's PDFs (null when it holds none apart).
     */
    void deliverInternal(String agencyId, StoredPayload stored, String pdfSha256) {
        EdPackage p = stored.readPackage();
        if (p instanceof StatusMessage status) {
            copies.answered(status);
        } else if (p instanceof EdDocument doc) {
            // read apart, the attachment is the very array the outbox kept under that key (read whole, a copy)
            boolean outboxPdf = doc.attachment() != null && doc.attachment().content() == stored.pdf();
            receive(agencyId, doc, stored.apartFromPackage() ? stored : kept(stored.payload(), doc),
                    organs.withOrganId(doc.header().from().organId()).map(Agency::id).orElse(null),
                    outboxPdf ? pdfSha256 : null);
        }
    }

    /**
     * A package from outside (a file in the inbox folder, an upload): delivered to each agency of this vanthu
     * its To names, or only to {@code onlyFor} when given. Returns the agencies it reached.
     */
    @Transactional
    public List<String> acceptExternal(byte[] edxml, String onlyFor) {
        EdPackage p = EdXml.read(edxml);
        if (p instanceof StatusMessage status) {
            Optional<Agency> sender = organs.withOrganId(status.responseFor().organId());
            // a status is for the agency that sent the document: only its own inbox takes it
            if (sender.isEmpty() || (onlyFor != null && !onlyFor.equals(sender.get().id())) || !copies.answered(status)) {
                throw new InvalidRequest("package", "Trạng thái này nói về văn bản " + status.responseFor().documentId()
                        + ", không phải văn bản nào " + (onlyFor == null ? "vanthu" : onlyFor) + " đã gửi");
            }
            return List.of(sender.get().id());
        }
        EdDocument doc = (EdDocument) p;
        if (organs.withOrganId(doc.header().from().organId()).isPresent()) {
            // the agencies of this vanthu send to each other through their outboxes, never as a package from outside
            throw new InvalidRequest("package", "Gói tin mang mã định danh nơi gửi " + doc.header().from().organId()
                    + " của một cơ quan trong hệ thống; văn bản của cơ quan này không đến từ bên ngoài");
        }
        StoredPayload kept = kept(edxml, doc);
        List<String> reached = new ArrayList<>();
        for (Organ to : doc.header().to()) {
            Optional<Agency> agency = organs.withOrganId(to.organId());
            if (agency.isPresent() && (onlyFor == null || onlyFor.equals(agency.get().id()))) {
                receive(agency.get().id(), doc, kept, null, null);
                reached.add(agency.get().id());
            }
        }
        if (reached.isEmpty()) {
            throw new InvalidRequest("package", "Gói tin không gửi cho " + (onlyFor == null ? "cơ quan nào của hệ thống"
                    : "cơ quan " + onlyFor) + " (To: " + doc.header().to().stream().map(Organ::organId).toList() + ")");
        }
        return reached;
    }

    /** The package as the inbox keeps it: its PDF cut out, kept once for every copy (V22). */
    private static StoredPayload kept(byte[] edxml, EdDocument doc) {
        return StoredPayload.inBase64(edxml, doc.attachment() == null ? null : doc.attachment().content());
    }

    /** {@code outboxPdf}: the key of the attachment in the outbox's PDFs, when it came from there. */
    private void receive(String agencyId, EdDocument doc, StoredPayload kept, String senderAgency, String outboxPdf) {
        if (doc.business().type() == BusinessType.RECALL) {
            recall(agencyId, doc, senderAgency);
            return;
        }
        String documentId = doc.header().documentId();
        if (store.live(agencyId, documentId).isPresent()) {
            log.info("Văn bản {} đã có trong hộp thư đến của {}; bản gửi lại được bỏ qua", documentId, agencyId);
            return;
        }
        IncomingDocument d = IncomingDocument.arriving(agencyId, IncomingFacts.of(doc, senderAgency));
        // the process starts first, so the copy is written once with it: its first step, the check, is a job that
        // reads the copy only after this transaction commits
        d.processInstanceId = system.run(() -> runtime.startProcessInstanceByKey(Receiving.PROCESS, d.id.toString(),
                Map.of(Receiving.VAR_INCOMING, d.id.toString())).getId());
        store.insert(d, kept, doc.attachment() == null ? null : doc.attachment().content(), outboxPdf);
        if (doc.business().type() == BusinessType.REPLACE) {
            replaced(agencyId, doc.business(), d);
        }
        log.info("Hộp thư đến của {} nhận văn bản số {} của {}", agencyId, d.facts.code(), d.facts.senderName());
    }

    /** Thay thế: the copies it replaces are marked, and stay in the register. */
    private void replaced(String agencyId, Business business, IncomingDocument by) {
        String organId = organs.agency(agencyId).map(Organ::organId).orElse(null);
        for (Business.Replacement r : business.replacements()) {
            if (r.organIds().contains(organId)) {
                store.live(agencyId, r.documentId()).ifPresent(old -> {
                    old.replaced(by.id, "Được thay thế bởi văn bản số " + by.facts.code());
                    store.update(old);
                });
            }
        }
    }

    /** Thu hồi: the copy is marked recalled and the văn thư asked; nothing to recall is agreed at once. */
    private void recall(String agencyId, EdDocument doc, String senderAgency) {
        String reason = doc.business().reason();
        Optional<IncomingDocument> copy = store.live(agencyId, doc.header().documentId());
        if (copy.isEmpty() || copy.get().recalledAt != null) {
            answers.send(agencyId, IncomingFacts.of(doc, senderAgency), StatusCode.RECALL_AGREED,
                    "Không có bản nào đang xử lý; không còn gì phải thu hồi", null);
            return;
        }
        IncomingDocument d = copy.get();
        d.recalled(reason);
        store.update(d);
        system.run(() -> runtime.startProcessInstanceByKey(Receiving.RECALL_PROCESS, d.id.toString(),
                Map.of(Receiving.VAR_INCOMING, d.id.toString())));
        log.info("{} yêu cầu thu hồi văn bản số {} ({}): đã đánh dấu bản của {}", d.facts.senderName(), d.facts.code(),
                reason, agencyId);
    }
}
