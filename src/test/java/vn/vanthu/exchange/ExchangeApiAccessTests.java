package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;

/**
 * Who may call each /api/exchange endpoint, role × agency × action: the văn thư acts for its own agency,
 * members read their own agency's documents, and another agency's user gets 403 with a named problem.
 */
class ExchangeApiAccessTests extends ExchangeTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private record Sent(IssuedDocument doc, String incomingId, String taskId) {
    }

    /** UBND sends to Sở Tư pháp; the văn bản đến waits for Sở Tư pháp's văn thư. */
    private Sent sentToStp() throws Exception {
        mapSeed002Lines();
        Dispatch d = Seed002.dispatch(nextNumber(), LocalDate.now(DispatchPackages.VIETNAM));
        Recipient stp = recipients.resolve(d, "ubnd").recipients().stream().filter(r -> r.ref().equals("stp"))
                .findFirst().orElseThrow();
        IssuedDocument doc = new IssuedDocument(UUID.randomUUID(), d, Seed002.pdf(renderer, d), "ubnd", List.of(stp),
                "vt.ubnd", null, null);
        dispatching.send(doc);
        settle();
        String id = SendAndReceiveTests.incomingId(api(), "stp", DispatchPackages.number(d) + "/UBND-KGVX",
                Integer.toString(LocalDate.now(DispatchPackages.VIETNAM).getYear()));
        return new Sent(doc, id, api().task("vt.stp", Receiving.VAN_THU_TIEP_NHAN, id));
    }

    private int status(String user, String method, String path, Object body) throws Exception {
        return api().call(user, method, path, body).statusCode();
    }

    @Test
    void theSendersSide() throws Exception {
        Sent s = sentToStp();
        String sent = "/api/exchange/sent/" + s.doc().dispatchId();
        Map<String, Object> resolve = Map.of("agency", "ubnd", "document", Map.of("type", "cong-van", "summary", "thử",
                "recipients", List.of("Sở Tư pháp"), "body", "Nội dung."));
        Map<String, Object> mapping = Map.of("agency", "ubnd", "line", "Hội Nông dân tỉnh", "targets", List.of());

        assertThat(status("vt.ubnd", "POST", "/api/exchange/recipients/resolve", resolve)).isEqualTo(200);
        assertThat(status("cv.ubnd", "POST", "/api/exchange/recipients/resolve", resolve)).isEqualTo(403);
        assertThat(status("vt.stp", "POST", "/api/exchange/recipients/resolve", resolve)).isEqualTo(403);
        assertThat(api().call("vt.ubnd", "POST", "/api/exchange/recipients/resolve", Map.of("document", Map.of()))
                .body()).contains("\"field\":\"agency\"");
        assertThat(status("vt.stp", "PUT", "/api/exchange/recipients/mappings", mapping)).isEqualTo(403);
        assertThat(api().call("vt.ubnd", "PUT", "/api/exchange/recipients/mappings", Map.of("agency", "ubnd",
                "line", "Hội Nông dân tỉnh", "targets", List.of(Map.of("kind", "AGENCY", "ref", "khong-co")))).body())
                .contains("\"field\":\"targets[0]\"");
        // the address book keeps a line in 400 characters: a longer one is named, not a failed insert (500)
        HttpResponse<String> longLine = api().call("vt.ubnd", "PUT", "/api/exchange/recipients/mappings",
                Map.of("agency", "ubnd", "line", "Trung tâm ".repeat(41), "targets", List.of()));
        assertThat(longLine.statusCode()).as(longLine.body()).isEqualTo(400);
        assertThat(longLine.body()).contains("\"field\":\"line\"", "400");
        assertThat(status("vt.ubnd", "PUT", "/api/exchange/recipients/mappings", mapping)).isEqualTo(204);
        assertThat(status("cv.ubnd", "GET", "/api/exchange/recipients/choices?agency=ubnd", null)).isEqualTo(403);
        assertThat(status("vt.ubnd", "GET", "/api/exchange/recipients/choices?agency=ubnd", null)).isEqualTo(200);

        assertThat(status("cv.ubnd", "GET", sent, null)).isEqualTo(200);
        assertThat(status("vt.stp", "GET", sent, null)).isEqualTo(403);
        assertThat(status("vt.ubnd", "GET", "/api/exchange/sent/" + UUID.randomUUID(), null)).isEqualTo(404);
        assertThat(status("cv.ubnd", "POST", sent + "/recall", Map.of("reason", "thử"))).isEqualTo(403);
        assertThat(status("vt.stp", "POST", sent + "/recall", Map.of("reason", "thử"))).isEqualTo(403);
        HttpResponse<String> longReason = api().call("vt.ubnd", "POST", sent + "/recall", Map.of("reason",
                "lý do ".repeat(700)));
        assertThat(longReason.statusCode()).as(longReason.body()).isEqualTo(400);
        assertThat(longReason.body()).contains("\"field\":\"reason\"");
        assertThat(api().object("vt.ubnd", sent).toString()).as("not recalled").doesNotContain("lý do lý do");
        assertThat(status("vt.stp", "GET", "/api/exchange/incidents?agency=ubnd", null)).isEqualTo(403);
        assertThat(status("cv.ubnd", "GET", "/api/exchange/incidents?agency=ubnd", null)).isEqualTo(403);
    }

    @Test
    void theReceiversSide() throws Exception {
        Sent s = sentToStp();
        String one = "/api/exchange/incoming/" + s.incomingId();
        int year = LocalDate.now(DispatchPackages.VIETNAM).getYear();

        assertThat(status("cv.stp", "GET", "/api/exchange/incoming?agency=stp&year=" + year, null)).isEqualTo(200);
        assertThat(status("cv.sgddt", "GET", "/api/exchange/incoming?agency=stp&year=" + year, null)).isEqualTo(403);
        assertThat(api().call("cv.stp", "GET", "/api/exchange/incoming?agency=stp&year=26", null).body())
                .contains("\"field\":\"year\"");
        assertThat(status("gd.stp", "GET", one, null)).isEqualTo(200);
        assertThat(status("vt.ubnd", "GET", one, null)).isEqualTo(403);
        assertThat(status("cv.stp", "GET", one + "/pdf", null)).isEqualTo(200);
        // read from the package as it came (V20 stores no second copy): the very bytes the sender issued
        assertThat(api().bytes("cv.stp", one + "/pdf")).isEqualTo(s.doc().signedPdf());
        // a copy kept whole (received before V22) gives the same package, and its PDF read out of it
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            IncomingDocument stored = incoming.find(UUID.fromString(s.incomingId())).orElseThrow();
            IncomingDocument whole = IncomingDocument.arriving("sgddt", stored.facts);
            incoming.insert(whole, StoredPayload.whole(incoming.edxml(stored.id)), null, null);
            assertThat(jdbc.queryForObject("select length(package) from incoming_document where id = ?",
                    Integer.class, whole.id)).isGreaterThan(s.doc().signedPdf().length);
            assertThat(incoming.edxml(whole.id)).isEqualTo(incoming.edxml(stored.id));
            assertThat(incoming.pdf(whole.id)).isEqualTo(s.doc().signedPdf());
            tx.setRollbackOnly();
        });
        assertThat(status("cv.sgddt", "GET", one + "/pdf", null)).isEqualTo(403);
        assertThat(status("cv.stp", "GET", one + "/reply", null)).as("not registered yet").isEqualTo(404);

        byte[] garbage = "<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status("vt.ubnd", "POST", "/api/exchange/inbox/stp", garbage)).isEqualTo(403);
        assertThat(status("cv.stp", "POST", "/api/exchange/inbox/stp", garbage)).isEqualTo(403);
        assertThat(status("vt.stp", "POST", "/api/exchange/inbox/stp", garbage)).isEqualTo(400);
        // an attachment ending in a character outside base64 (the JDK's validator alone throws
        // ArrayIndexOutOfBoundsException on it): a 400 naming the element, not a 500
        String hostile = new String(incoming.edxml(UUID.fromString(s.incomingId())), StandardCharsets.UTF_8)
                .replaceFirst("(<edXML:ContentTransferEncoded>)[^<]*", "$1QU\u00e9=");
        HttpResponse<String> refused = api().call("vt.stp", "POST", "/api/exchange/inbox/stp",
                hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ContentTransferEncoded").doesNotContain("Exception");

        // an inbox takes no forgery: a status about another agency's document, a package "from" an agency inside
        vn.vanthu.exchange.edxml.EdDocument sent = (vn.vanthu.exchange.edxml.EdDocument)
                vn.vanthu.exchange.edxml.EdXml.read(incoming.edxml(UUID.fromString(s.incomingId())));
        byte[] status = vn.vanthu.exchange.edxml.EdXml.write(new vn.vanthu.exchange.edxml.StatusMessage(BMT,
                new vn.vanthu.exchange.edxml.ResponseFor(sent.header().from().organId(), sent.header().code(),
                        sent.header().promulgationDate(), sent.header().documentId()), null,
                vn.vanthu.exchange.edxml.StatusCode.DONE, "giả mạo", java.time.LocalDateTime.now().withNano(0)));
        assertThat(api().call("vt.stp", "POST", "/api/exchange/inbox/stp", status).body()).contains("InvalidRequest");
        assertThat(api().call("vt.stp", "POST", "/api/exchange/inbox/stp", incoming.edxml(UUID.fromString(
                s.incomingId()))).body()).contains("trong hệ thống");

        String task = "/api/exchange/tasks/" + s.taskId();
        // the lists answer each with their own: the văn bản đến waits only in Sở Tư pháp's văn thư's list
        for (String user : List.of("vt.stp", "gd.stp", "cv.stp", "vt.sgddt", "vt.ubnd")) {
            boolean listed = api().list(user, "/api/exchange/tasks").stream().anyMatch(t -> s.taskId().equals(t.get("id")));
            assertThat(listed).as(user).isEqualTo(user.equals("vt.stp"));
        }
        assertThat(status("vt.sgddt", "GET", task + "/view", null)).isEqualTo(403);
        assertThat(status("gd.stp", "GET", task + "/view", null)).as("another role of the agency").isEqualTo(403);
        // the chain's task API has no step for a văn bản đến: refused as not the chain's, not a 500
        assertThat(status("vt.stp", "GET", "/api/tasks/" + s.taskId() + "/view", null)).isEqualTo(403);
        assertThat(status("vt.stp", "POST", "/api/tasks/" + s.taskId() + "/complete", Map.of("decision",
                "register"))).isEqualTo(403);
        assertThat(status("vt.sgddt", "POST", task + "/complete", Map.of("decision", "register"))).isEqualTo(403);
        assertThat(api().call("vt.stp", "POST", task + "/complete", Map.of("decision", "approve")).body())
                .contains("\"field\":\"decision\"");
        Map<String, Object> view = api().object("vt.stp", task + "/view");
        assertThat(view).containsEntry("step", Receiving.VAN_THU_TIEP_NHAN);
        assertThat(view.get("decisions")).isEqualTo(List.of("refuse", "register"));
        // a comment is a process variable of 4,000 characters at most: a longer one is named, not a failed write
        HttpResponse<String> longComment = api().call("vt.stp", "POST", task + "/complete", Map.of("decision",
                "refuse", "comment", "không đúng thẩm quyền ".repeat(200)));
        assertThat(longComment.statusCode()).as(longComment.body()).isEqualTo(400);
        assertThat(longComment.body()).contains("\"field\":\"comment\"");
        assertThat(status("vt.stp", "POST", task + "/complete", Map.of("decision", "register"))).isEqualTo(204);
        assertThat(status("cv.stp", "GET", one + "/reply", null)).isEqualTo(200);
    }

    @Test
    void nobodyAnonymous() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/exchange/tasks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
