package vn.vanthu.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.exchange.ExchangeProblem.InvalidRequest;
import vn.vanthu.exchange.ExchangeProblem.NotFound;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.StatusCode;

/**
 * The steps of a văn bản đến, each a named transition that sends its status back to the sender: checked
 * (đã đến, or từ chối with the reasons), registered (tiếp nhận, with its số đến), assigned (phân công),
 * in hand (đang xử lý), handled (hoàn thành).
 */
@Service
class Receipts {

    private static final Logger log = LoggerFactory.getLogger(Receipts.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final SignatureVerifier UNVERIFIED = pdf -> new SignatureVerifier.Verification(0, List.of());

    private final IncomingStore store;
    private final IncomingRegister register;
    private final IncomingEvents events;
    private final Answers answers;
    private final Directory directory;
    private final ObjectProvider<SignatureVerifier> verifier;
    private final ExchangeProperties properties;
    private final RecentVerdicts verdicts;

    Receipts(IncomingStore store, IncomingRegister register, IncomingEvents events, Answers answers,
            Directory directory, ObjectProvider<SignatureVerifier> verifier, ExchangeProperties properties,
            RecentVerdicts verdicts) {
        this.store = store;
        this.register = register;
        this.events = events;
        this.answers = answers;
        this.directory = directory;
        this.verifier = verifier;
        this.properties = properties;
        this.verdicts = verdicts;
    }

    /** Verifies the signatures and the header against the PDF; true when the document may be registered. */
    boolean check(UUID id) {
        IncomingDocument d = find(id);
        EdDocument doc = (EdDocument) EdXml.read(store.edxml(id));
        // the stored PDF is the package's attachment (Inbox keeps exactly those bytes): no second read of it
        byte[] pdf = doc.attachment() == null ? null : doc.attachment().content();
        List<String> problems = new ArrayList<>();
        if (pdf == null || !"application/pdf".equalsIgnoreCase(doc.attachment().contentType())) {
            problems.add("gói tin không kèm tệp PDF của văn bản");
        } else {
            // the copies of one document that several agencies here receive are verified once (RecentVerdicts)
            SignatureVerifier.Verification v = verdicts.of(pdf, verifier.getIfAvailable(() -> UNVERIFIED));
            problems.addAll(v.problems());
            if (properties.requireSignatures() && !v.intact()) {
                problems.add("chữ ký số của văn bản chưa được xác thực");
            }
            problems.addAll(PdfFields.mismatches(doc.header(), pdf));
        }
        if (problems.isEmpty()) {
            d.arrived();
            store.update(d);
            events.record(id, Receiving.KIEM_TRA, "system", "pass", null);
            answers.send(d.agencyId, d.facts, StatusCode.ARRIVED, "Đã đến hộp thư văn bản đến", null);
            return true;
        }
        String reason = "Văn bản không khớp với gói tin: " + String.join("; ", problems);
        refuse(d, Receiving.KIEM_TRA, reason, "system");
        log.warn("Từ chối văn bản số {} của {} gửi {}: {}", d.facts.code(), d.facts.senderName(), d.agencyId, reason);
        return false;
    }

    /** Entered in the agency's sổ văn bản đến: the next số đến of the year, today's ngày đến. */
    void register(UUID id, String user) {
        IncomingDocument d = find(id);
        LocalDate today = LocalDate.now(DispatchPackages.VIETNAM);
        int number = register.next(d.agencyId, today.getYear());
        d.registered(today.getYear(), number, today, user);
        store.update(d);
        events.record(id, Receiving.VAN_THU_TIEP_NHAN, user, "register", null);
        answers.send(d.agencyId, d.facts, StatusCode.ACCEPTED,
                "Đã vào sổ văn bản đến, số đến " + number + ", ngày đến " + DAY.format(today), user);
    }

    /** The văn thư refuses it, with the reason the sender gets. */
    void refuse(UUID id, String reason, String user) {
        refuse(find(id), Receiving.VAN_THU_TIEP_NHAN, reason, user);
    }

    /** A leader gives it to someone of the agency (with a directive); the deadline is required when an answer is needed. */
    void assign(UUID id, String handler, boolean answerNeeded, LocalDate due, String note, String user) {
        IncomingDocument d = find(id);
        Person person = directory.person(handler == null ? "" : handler)
                .filter(p -> p.agencyId().equals(d.agencyId))
                .orElseThrow(() -> new InvalidRequest(Receiving.VAR_HANDLER, "Người xử lý phải là người của cơ quan"));
        if (answerNeeded && due == null) {
            throw new InvalidRequest(Receiving.VAR_DUE_ON, "Văn bản cần trả lời: hãy ghi hạn xử lý");
        }
        if (due != null && due.isBefore(LocalDate.now(DispatchPackages.VIETNAM))) {
            throw new InvalidRequest(Receiving.VAR_DUE_ON, "Hạn xử lý đã qua");
        }
        d.assigned(person.userId(), answerNeeded, due, user);
        store.update(d);
        String assignment = "Phân công " + person.role().title() + " " + person.fullName() + " xử lý"
                + (due == null ? "" : ", hạn " + DAY.format(due));
        events.record(id, Receiving.LANH_DAO_PHAN_CONG, user, "assign", note == null ? assignment : assignment + ". " + note);
        answers.send(d.agencyId, d.facts, StatusCode.ASSIGNED, assignment, user);
    }

    /** The handler's task opened: the document is in hand. */
    void started(UUID id) {
        IncomingDocument d = find(id);
        d.inProgress();
        store.update(d);
        answers.send(d.agencyId, d.facts, StatusCode.IN_PROGRESS, "Đang xử lý", d.handler);
    }

    /** Handled, with a note; a reply dispatch may follow (IncomingDocuments.replyTo gives its reference). */
    void complete(UUID id, String note, boolean reply, String user) {
        IncomingDocument d = find(id);
        d.completed(note, reply);
        store.update(d);
        events.record(id, Receiving.XU_LY, user, reply ? "complete-reply" : "complete", note);
        answers.send(d.agencyId, d.facts, StatusCode.DONE, note == null || note.isBlank() ? "Đã xử lý xong" : note, user);
    }

    private void refuse(IncomingDocument d, String step, String reason, String user) {
        d.refused(reason);
        store.update(d);
        events.record(d.id, step, user, "refuse", reason);
        answers.send(d.agencyId, d.facts, StatusCode.REFUSED, reason, "system".equals(user) ? null : user);
    }

    IncomingDocument find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("id", "văn bản đến " + id));
    }
}
