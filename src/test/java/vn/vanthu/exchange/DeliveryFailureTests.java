package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vanthu.document.Dispatch;

/** A receiver that does not answer: retried with back-off, then an incident the văn thư sees and sends again. */
class DeliveryFailureTests extends ExchangeTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    IncomingStore incoming;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @AfterEach
    void receiverBack() {
        PEERS.failing.set(0);
    }

    @Test
    void theWaitDoublesUpToItsCap() {
        ExchangeProperties p = new ExchangeProperties(false, Duration.ofSeconds(10), 20, Duration.ofSeconds(30),
                Duration.ofHours(1), 8, "file", Map.of(), null, null, null, Duration.ofSeconds(30), "a@b.vn", false);
        assertThat(List.of(p.backoff(1), p.backoff(2), p.backoff(3), p.backoff(8), p.backoff(60))).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void aFailingReceiverBecomesAVisibleIncidentNeverASilentLoss() throws Exception {
        mapSeed002Lines();
        Dispatch d = Seed002.dispatch(nextNumber(), LocalDate.now(DispatchPackages.VIETNAM));
        Recipient buonHo = recipients.resolve(d, "ubnd").recipients().stream()
                .filter(r -> r.ref().equals(Peers.HTTP_ORGAN)).findFirst().orElseThrow();
        IssuedDocument doc = new IssuedDocument(UUID.randomUUID(), d, Seed002.pdf(renderer, d), "ubnd", List.of(buonHo),
                "vt.ubnd", null, null);
        PEERS.failing.set(1);
        dispatching.send(doc);

        assertThat(drainer.drain()).isZero();
        Map<String, Object> waiting = message(doc);
        assertThat(waiting).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) waiting.get("last_error")).contains("HTTP 500");
        drainer.drain();
        drainer.drain();
        assertThat(message(doc)).containsEntry("state", "FAILED").containsEntry("attempts", 3);
        CopyStatus failed = dispatching.statuses(doc.dispatchId()).get(0);
        assertThat(failed.state()).isEqualTo(CopyState.FAILED);
        assertThat(failed.reason()).contains("3 lần", "HTTP 500");

        ExchangeApi api = api();
        List<Map<String, Object>> incidents = api.list("vt.ubnd", "/api/exchange/incidents?agency=ubnd");
        Map<String, Object> incident = incidents.stream().filter(i -> ((Number) i.get("id")).longValue()
                == ((Number) message(doc).get("id")).longValue()).findFirst().orElseThrow();
        assertThat(incident).containsEntry("destination", Peers.HTTP_ORGAN).containsEntry("attempts", 3);
        assertThat(api.call("vt.stp", "GET", "/api/exchange/incidents?agency=ubnd", null).statusCode()).isEqualTo(403);

        PEERS.failing.set(0);
        // only the sender's văn thư sends it again: the sender's chuyên viên is refused; to another agency's văn thư
        // the incident does not exist, answered word for word as an id nobody has (the ids run in sequence)
        String retry = "/api/exchange/incidents/" + incident.get("id") + "/retry";
        assertThat(api.call("cv.ubnd", "POST", retry, null).statusCode()).isEqualTo(403);
        long none = jdbc.queryForObject("select max(id) + 1000 from outbox_message", Long.class);
        var foreign = api.call("vt.stp", "POST", retry, null);
        var missing = api.call("vt.stp", "POST", "/api/exchange/incidents/" + none + "/retry", null);
        assertThat(foreign.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(foreign.body().replace(incident.get("id").toString(), "ID"))
                .isEqualTo(missing.body().replace(Long.toString(none), "ID"));
        assertThat(message(doc)).containsEntry("state", "FAILED");
        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/incidents/" + incident.get("id") + "/retry", null)
                .statusCode()).isEqualTo(202);
        assertThat(drainer.drain()).isEqualTo(1);
        assertThat(message(doc)).containsEntry("state", "DELIVERED");
        assertThat(dispatching.statuses(doc.dispatchId()).get(0).state()).isEqualTo(CopyState.SENT);
        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/incidents/" + incident.get("id") + "/retry", null)
                .statusCode()).isEqualTo(409);
    }

    @Test
    void anInboxOfThisVanthuThatCannotTakeAPackageLeavesNothingHalfWritten() {
        int before = jdbc.queryForObject("select count(*) from incoming_document", Integer.class);
        long id = outbox.enqueue("ubnd", null, OutboxMessage.Kind.DOCUMENT, OutboxMessage.Channel.INTERNAL, "stp",
                "Gói tin hỏng", "<khong-phai-edxml/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            drainer.drain();
            Map<String, Object> m = jdbc.queryForMap("select state, attempts, last_error from outbox_message "
                    + "where id = ?", id);
            assertThat(m).containsEntry("state", "PENDING").containsEntry("attempts", 1);
            assertThat((String) m.get("last_error")).contains("khong-phai-edxml");
            assertThat(jdbc.queryForObject("select count(*) from incoming_document", Integer.class)).isEqualTo(before);
            // delivered meanwhile by another drainer (an internal message is not leased): a late failure is not booked
            jdbc.update("update outbox_message set state = 'DELIVERED' where id = ?", id);
            assertThat(outbox.failed(id, "muộn", null)).isFalse();
            assertThat(jdbc.queryForObject("select state from outbox_message where id = ?", String.class, id))
                    .isEqualTo("DELIVERED");
        } finally {
            jdbc.update("update outbox_message set state = 'DELIVERED' where id = ?", id);
        }
    }

    @Test
    void twoDrainersAtOnceCarryEachCopyOnce() throws Exception {
        mapSeed002Lines();
        IssuedDocument doc = issuedToAll();
        dispatching.send(doc);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<Integer>> drains = two.invokeAll(List.of(() -> {
                together.await();
                return drainer.drain();
            }, () -> {
                together.await();
                return drainer.drain();
            }));
            for (java.util.concurrent.Future<Integer> f : drains) {
                f.get();
            }
        } finally {
            two.shutdown();
        }
        assertThat(jdbc.queryForList("select m.state || ' ' || m.attempts from outbox_message m join sent_copy c "
                + "on c.id = m.copy_id where c.dispatch_id = ?", String.class, doc.dispatchId()))
                .hasSize(doc.recipients().size()).containsOnly("DELIVERED 1");
        String documentId = DispatchPackages.documentId(doc.dispatch(),
                addresses.organId("ubnd").orElseThrow());
        String sha256 = vn.vanthu.platform.Sha256.hex(doc.signedPdf());
        for (String so : List.of("sldtbxh", "stp", "sgddt")) {
            assertThat(jdbc.queryForObject("select count(*) from incoming_document where agency_id = ? "
                    + "and document_id = ?", Integer.class, so, documentId)).as(so).isEqualTo(1);
            // written once, with its receiving process already started, and no update after
            Map<String, Object> copy = jdbc.queryForMap("select id, process_instance_id, lock_version, pdf_sha256 "
                    + "from incoming_document where agency_id = ? and document_id = ?", so, documentId);
            assertThat(copy).as(so).containsEntry("lock_version", 0).containsEntry("pdf_sha256", sha256);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId((String) copy.get("process_instance_id"))
                    .processInstanceBusinessKey(copy.get("id").toString()).count()).as(so).isEqualTo(1);
            // the PDF taken from the outbox's, inside the database: the very bytes the sender issued
            assertThat(incoming.pdf((UUID) copy.get("id"))).as(so).isEqualTo(doc.signedPdf());
        }
        assertThat(jdbc.queryForObject("select count(*) from incoming_pdf i join outbox_pdf o using (sha256) "
                + "where sha256 = ? and i.pdf = o.pdf", Integer.class, sha256)).isEqualTo(1);
        settle();
    }

    private Map<String, Object> message(IssuedDocument doc) {
        return jdbc.queryForMap("select m.id, m.state, m.attempts, m.last_error from outbox_message m "
                + "join sent_copy c on c.id = m.copy_id where c.dispatch_id = ?", doc.dispatchId());
    }
}
