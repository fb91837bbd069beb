package vn.vanthu.exchange;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.exchange.ExchangeProblem.InvalidRequest;
import vn.vanthu.exchange.ExchangeProblem.NotFound;
import vn.vanthu.exchange.ExchangeProblem.WrongState;
import vn.vanthu.exchange.edxml.BusinessType;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.StatusCode;

/**
 * Thu hồi (edXML BussinessDocType 1): the sender's văn thư recalls an issued document with a reason, every
 * recipient gets the recall, and each văn thư answers agree or refuse. "Was this document recalled?" is
 * answered here for the registers and the verify endpoint.
 */
@Service
public class Recalls {

    private static final Logger log = LoggerFactory.getLogger(Recalls.class);

    private final SentCopies copies;
    private final Outbox outbox;
    private final Organs organs;
    private final Receipts receipts;
    private final IncomingStore store;
    private final IncomingEvents events;
    private final Answers answers;
    private final RuntimeService runtime;
    private final AsSystem system;
    private final JdbcTemplate jdbc;

    Recalls(SentCopies copies, Outbox outbox, Organs organs, Receipts receipts, IncomingStore store,
            IncomingEvents events, Answers answers, RuntimeService runtime, AsSystem system, JdbcTemplate jdbc) {
        this.copies = copies;
        this.outbox = outbox;
        this.organs = organs;
        this.receipts = receipts;
        this.store = store;
        this.events = events;
        this.answers = answers;
        this.runtime = runtime;
        this.system = system;
        this.jdbc = jdbc;
    }

    /** Recalls the dispatch from every recipient that was sent a copy; the reason goes with it. */
    @Transactional
    public void recall(UUID dispatchId, String reason, String clerk) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequest("reason", "Thu hồi văn bản phải ghi rõ lý do");
        }
        if (reason.strip().length() > StepDecision.MAX_COMMENT) {
            // as long as any comment: the reason goes to every recipient, into its register and its văn thư's task
            throw new InvalidRequest("reason", "Lý do thu hồi dài tối đa " + StepDecision.MAX_COMMENT + " ký tự");
        }
        List<SentCopy> sent = copies.of(dispatchId);
        if (sent.isEmpty()) {
            throw new NotFound("dispatchId", "văn bản đã gửi " + dispatchId);
        }
        if (sent.get(0).recallReason() != null) {
            throw new WrongState("dispatchId", "Văn bản số " + sent.get(0).code() + " đã được thu hồi");
        }
        String why = reason.strip();
        copies.recalled(dispatchId, why);
        for (SentCopy c : sent) {
            if (c.state() == CopyState.FAILED) {
                continue;
            }
            if (c.kind() == Recipient.Kind.PERSON) {
                outbox.enqueue(c.senderAgency(), c.id(), OutboxMessage.Kind.RECALL, OutboxMessage.Channel.EMAIL, c.ref(),
                        "văn bản số " + c.code() + ": " + c.subject() + ". Lý do thu hồi: " + why, new byte[0]);
                continue;
            }
            EdDocument first = (EdDocument) EdXml.read(outbox.documentOf(c.id()).orElseThrow());
            EdDocument recall = new EdDocument(first.header(), first.traces(), DispatchPackages.business(
                    c.documentId(), BusinessType.RECALL, why, organs.staff(clerk), List.of()), null);
            outbox.enqueue(c.senderAgency(), c.id(), OutboxMessage.Kind.RECALL,
                    c.kind() == Recipient.Kind.AGENCY ? OutboxMessage.Channel.INTERNAL : OutboxMessage.Channel.EDXML,
                    c.kind() == Recipient.Kind.AGENCY ? c.ref() : c.organId(), "Thu hồi " + c.code(), EdXml.write(recall));
        }
        log.info("Văn thư {} thu hồi văn bản số {} ({} nơi nhận): {}", clerk, sent.get(0).code(), sent.size(), why);
    }

    /** Whether the dispatch was recalled or replaced, and how. */
    @Transactional(readOnly = true)
    public Optional<Recall> of(UUID dispatchId) {
        return jdbc.query("select recall_reason, recalled_at, replaced_by from sent_copy where dispatch_id = ? "
                + "and (recalled_at is not null or replaced_by is not null) limit 1", (rs, row) -> new Recall(dispatchId,
                rs.getString(1), instant(rs.getTimestamp(2)), rs.getObject(3, UUID.class)), dispatchId)
                .stream().findFirst();
    }

    /** True when the dispatch was recalled or replaced. */
    public boolean recalled(UUID dispatchId) {
        return of(dispatchId).isPresent();
    }

    /** The receiving văn thư's answer; agreeing stops the handling of the copy, which stays in the register. */
    void answer(UUID incomingId, boolean agreed, String reason, String user) {
        IncomingDocument d = receipts.find(incomingId);
        d.recallAnswered(agreed, reason);
        if (agreed && d.processInstanceId != null) {
            system.run(() -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(d.processInstanceId).count() > 0) {
                    runtime.deleteProcessInstance(d.processInstanceId, "Văn bản bị thu hồi: " + d.recallReason);
                }
                return null;
            });
        }
        store.update(d);
        events.record(incomingId, Receiving.VAN_THU_TRA_LOI_THU_HOI, user, agreed ? "agree" : "refuse", reason);
        answers.send(d.agencyId, d.facts, agreed ? StatusCode.RECALL_AGREED : StatusCode.RECALL_REFUSED,
                agreed ? "Đồng ý thu hồi" : reason, user);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
