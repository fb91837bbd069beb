package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.support.Api;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.CheckedPdfs;
import vn.vanthu.support.PdfText;

/**
 * Seed 002's chain end to end through the REST API as the demo users, on real PostgreSQL: the Sở drafts
 * a Công văn for UBND tỉnh, consults Sở Tư pháp, takes its comment into the text, submits it with its own
 * numbered Công văn; Văn phòng UBND reviews, its head submits it to a Phó Chủ tịch who signs; the văn thư
 * of UBND numbers and issues it. Every stored PDF passes the checker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChainEndToEndTests {

    static final Map<String, Object> DOCUMENT = Map.of("type", "cong-van",
            "summary", "triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội",
            "recipients", List.of("Thủ trưởng các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"),
            "body", "Thực hiện kiến nghị tại Báo cáo số 51/BC-ĐGS, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                    + "1. Sở Lao động – Thương binh và Xã hội: Chủ trì, phối hợp với các sở, ngành liên quan.\n\n"
                    + "2. Sở Tư pháp: Tăng cường công tác trợ giúp pháp lý cho trẻ em bị xâm hại.",
            "distribution", Map.of("recipients", List.of("Như trên", "CT, PCT UBND tỉnh"), "archive", "VT, KGVX"));

    @LocalServerPort
    int port;
    @Autowired
    ChainDriver jobs;
    @Autowired
    CheckedPdfs pdfs;

    @Test
    @SuppressWarnings("unchecked")
    void seed002ChainThroughTheApi() {
        Api api = new Api(port);
        HttpResponse<String> created = api.send("cv.sldtbxh", "POST", "/api/dispatches",
                Map.of("chain", "so-trinh-ubnd", "document", DOCUMENT));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) api.object(created).get("id");
        HttpResponse<String> started = api.send("cv.sldtbxh", "POST", "/api/dispatches/" + id + "/start",
                Map.of("signer", "pgd.sldtbxh", "consulted", List.of("stp"), "consultationDays", 5));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        api.decide("cv.sldtbxh", id, "soan-thao", "submit", Map.of());
        api.decide("tp.sldtbxh", id, "truong-phong-duyet", "approve", Map.of());
        jobs.runJobs();
        api.decide("gd.stp", id, "cho-y-kien", "comment", Map.of("comment", "Bổ sung trách nhiệm của Công an tỉnh."));
        String revised = DOCUMENT.get("body") + "\n\n3. Công an tỉnh: Điều tra, xử lý nghiêm các vụ xâm hại trẻ em.";
        Map<String, Object> document = new java.util.HashMap<>(DOCUMENT);
        document.put("body", revised);
        api.decide("cv.sldtbxh", id, "tong-hop-y-kien", "submit", Map.of("document", document, "receptions",
                List.of(Map.of("agency", "stp", "accepted", true, "explanation", "Đã bổ sung mục 3."))));
        jobs.runJobs();
        api.decide("pgd.sldtbxh", id, "lanh-dao-so-ky-to-trinh", "sign", Map.of());
        api.decide("vt.sldtbxh", id, "van-thu-so-cap-so", "issue", Map.of());
        jobs.runJobs();
        api.decide("cv.ubnd", id, "vp-ubnd-tham-dinh", "approve", Map.of());
        Map<String, Object> cvp = api.view("cvp.ubnd", api.task("cvp.ubnd", "chanh-van-phong-duyet", id));
        assertThat((List<Map<String, Object>>) cvp.get("signers")).extracting(s -> s.get("userId"))
                .contains("ct.ubnd", "pct.ubnd");
        api.decide("cvp.ubnd", id, "chanh-van-phong-duyet", "approve", Map.of("signer", "pct.ubnd"));
        Map<String, Object> signing = api.view("pct.ubnd", api.task("pct.ubnd", "lanh-dao-ubnd-ky", id));
        Map<String, Object> shown = (Map<String, Object>) signing.get("subject");
        assertThat(shown.get("modeLabel")).isEqualTo("Bản trình ký");
        byte[] signedPdf = api.bytes("pct.ubnd", (String) shown.get("pdf"));
        assertThat(PdfText.of(signedPdf)).contains("KT. CHỦ TỊCH", "Trần Thị Thu Hà", "Công an tỉnh: Điều tra");
        assertThat((List<Map<String, Object>>) signing.get("attachments")).extracting(v -> v.get("kind"))
                .contains("submission", "consultation-summary");
        api.decide("pct.ubnd", id, "lanh-dao-ubnd-ky", "sign", Map.of());
        api.decide("vt.ubnd", id, "van-thu-ubnd-phat-hanh", "issue", Map.of());
        jobs.runJobs();

        Map<String, Object> detail = api.object(api.send("cv.sldtbxh", "GET", "/api/dispatches/" + id, null));
        Map<String, Object> summary = (Map<String, Object>) detail.get("summary");
        assertThat(summary).containsEntry("state", "ISSUED").containsEntry("stateLabel", "Đã phát hành");
        List<Map<String, Object>> versions = (List<Map<String, Object>>) detail.get("versions");
        assertThat(versions).allSatisfy(v -> assertThat(v.get("kindLabel")).isNotEqualTo(v.get("kind")));
        for (Map<String, Object> v : versions) {
            pdfs.text(java.util.UUID.fromString(id), (Integer) v.get("version"));
        }
        Map<String, Object> last = versions.get(versions.size() - 1);
        assertThat(last.get("mode")).isEqualTo("FINAL");
        String text = PdfText.of(api.bytes("vt.ubnd", (String) last.get("pdf")));
        assertThat(text).contains("Số: " + summary.get("issuedSymbol"), "Công an tỉnh: Điều tra")
                .containsPattern("Đắk Lắk, ngày \\d{2} tháng");
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).extracting(h -> h.get("step") + ":" + h.get("decision")).containsExactly(
                "soan-thao:submit", "truong-phong-duyet:approve", "dat-han-y-kien:consult", "cho-y-kien:comment",
                "tong-hop-y-kien:submit", "lanh-dao-so-ky-to-trinh:sign", "van-thu-so-cap-so:issue",
                "vp-ubnd-tham-dinh:approve", "chanh-van-phong-duyet:approve", "lanh-dao-ubnd-ky:sign",
                "van-thu-ubnd-phat-hanh:issue");
        assertThat(history).filteredOn(h -> "sign".equals(h.get("decision"))).extracting(h -> h.get("versionSha256"))
                .contains(shown.get("sha256"));

        List<Map<String, Object>> issued = api.list(api.send("vt.ubnd", "GET", "/api/issued?q="
                + java.net.URLEncoder.encode("51/BC-ĐGS", java.nio.charset.StandardCharsets.UTF_8), null));
        assertThat(issued).singleElement().satisfies(e -> {
            assertThat(e.get("numberAndSymbol")).isEqualTo(summary.get("issuedSymbol"));
            assertThat(e.get("pdf")).isEqualTo(last.get("pdf"));
        });
        // sent: every Sở ("Thủ trưởng các sở, ban, ngành") receives it in its own inbox, its signatures intact
        for (String so : List.of("sldtbxh", "stp", "sgddt", "stttt", "stc", "syt")) {
            Map<String, Object> arrived = arrivedAt(api, so, (String) summary.get("issuedSymbol"));
            assertThat(arrived.get("state")).as(so).isEqualTo("ARRIVED");
            assertThat(arrived.get("signer")).as(so).asString().contains("Trần Thị Thu Hà");
        }
        // the issued PDF verifies for anyone, signer's and agency's signatures, found in the register
        assertThat(verify(api, (String) last.get("pdf"))).contains("\"valid\":true", (String) summary.get("issuedSymbol"));
        assertThat(api.send("cv.sgddt", "GET", "/api/dispatches/" + id, null).body()).contains("NotYourAgency");
        HttpResponse<String> editIssued = api.send("cv.sldtbxh", "PUT", "/api/dispatches/" + id, DOCUMENT);
        assertThat(editIssued.statusCode()).isEqualTo(409);
        assertThat(editIssued.body()).contains("DispatchNotInDraft");
    }

    /** The line of the agency's sổ văn bản đến for the issued number, once the outbox has delivered it and checked it. */
    private Map<String, Object> arrivedAt(Api api, String agency, String numberAndSymbol) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            jobs.runJobs();
            List<Map<String, Object>> register = api.list(api.send("vt." + agency, "GET", "/api/exchange/incoming?agency="
                    + agency + "&year=" + java.time.Year.now(), null));
            var line = register.stream().filter(l -> numberAndSymbol.equals(l.get("code"))
                    && !"RECEIVED".equals(l.get("state"))).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            sleep();
        }
        throw new AssertionError(agency + " did not receive " + numberAndSymbol);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** POST /api/verify with the file, anonymously, as a recipient or an auditor does. */
    private String verify(Api api, String pdfPath) {
        byte[] pdf = api.bytes("vt.ubnd", pdfPath);
        String boundary = "vanthuboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vb.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/verify"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badInputAndActingOutOfTurnAreClearProblems() {
        Api api = new Api(port);
        HttpResponse<String> bad = api.send("cv.sldtbxh", "POST", "/api/dispatches", Map.of("chain", "so-ban-hanh",
                "document", Map.of("type", "cong-van", "date", Map.of("year", 2026, "month", 13), "body", "x")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("date.month", "summary", "recipients").doesNotContain("Exception");

        String id = (String) api.object(api.send("cv.sldtbxh", "POST", "/api/dispatches",
                Map.of("chain", "so-ban-hanh", "document", Map.of("type", "cong-van", "summary", "thử nghiệm",
                        "recipients", List.of("UBND các huyện"), "body", "Nội dung.")))).get("id");
        api.send("cv.sldtbxh", "POST", "/api/dispatches/" + id + "/start", Map.of());
        String task = api.task("cv.sldtbxh", "soan-thao", id);
        HttpResponse<String> outOfTurn = api.send("tp.sldtbxh", "POST", "/api/tasks/" + task + "/complete",
                Map.of("decision", "submit", "version", 1));
        assertThat(outOfTurn.statusCode()).isEqualTo(403);
        assertThat(outOfTurn.body()).contains("NotYourTask");
        HttpResponse<String> notOffered = api.send("cv.sldtbxh", "POST", "/api/tasks/" + task + "/complete",
                Map.of("decision", "approve", "version", 1));
        assertThat(notOffered.statusCode()).isEqualTo(400);
        assertThat(notOffered.body()).contains("\"field\":\"decision\"");
        HttpResponse<String> malformed = api.send("cv.sldtbxh", "POST", "/api/tasks/" + task + "/complete",
                "{\"decision\": \"submit\",\n \"version\": }");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("dòng 2");
        HttpResponse<String> twice = api.send("cv.sldtbxh", "POST", "/api/tasks/" + task + "/complete",
                "{\"decision\": \"submit\", \"decision\": \"approve\", \"version\": 1}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("hai lần");
    }
}
