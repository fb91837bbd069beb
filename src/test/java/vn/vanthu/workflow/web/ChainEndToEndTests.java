package vn.vanthu.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;

/**
 * Seed 002 end to end through the REST API as the demo users, on the embedded PostgreSQL: a Sở drafts
 * a Công văn for UBND tỉnh, consults Sở Tư pháp, submits it with its own numbered Công văn, and a
 * Phó Chủ tịch signs; the văn thư of UBND numbers and issues it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChainEndToEndTests {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    ConformanceChecker checker;



    /** Runs the asynchronous steps (issuing, opening the consultation) as the job executor would. */
    private void runJobs() {
        for (int i = 0; i < 10; i++) {
            var due = management.createJobQuery().withRetriesLeft().list().stream()
                    .filter(j -> !(j instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    @Test
    void seed002ChainThroughTheApi() throws Exception {
        Api api = new Api(port);
        Map<String, Object> document = Map.of("type", "cong-van",
                "summary", "triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội",
                "recipients", List.of("Thủ trưởng các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"),
                "body", "Thực hiện kiến nghị tại Báo cáo số 51/BC-ĐGS, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                        + "1. Sở Lao động – Thương binh và Xã hội: Chủ trì, phối hợp với các sở, ngành liên quan.\n\n"
                        + "2. Sở Tư pháp: Tăng cường công tác trợ giúp pháp lý cho trẻ em bị xâm hại.",
                "distribution", Map.of("recipients", List.of("Như trên", "CT, PCT UBND tỉnh"), "archive", "VT, KGVX"));
        HttpResponse<String> created = api.send("cv.sldtbxh", "POST", "/api/dispatches",
                Map.of("chain", "so-trinh-ubnd", "document", document));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) api.object(created).get("id");
        assertThat(api.send("cv.sldtbxh", "POST", "/api/dispatches/" + id + "/start",
                Map.of("consulted", List.of("stp"), "consultationDays", 5)).statusCode()).isEqualTo(200);

        api.decide("cv.sldtbxh", id, "soan-thao", "submit");
        api.decide("tp.sldtbxh", id, "truong-phong-duyet", "approve");
        runJobs();
        api.decide("gd.stp", id, "cho-y-kien", "agree");
        api.decide("cv.sldtbxh", id, "tong-hop-y-kien", "submit");
        runJobs();
        api.decide("pgd.sldtbxh", id, "lanh-dao-so-ky-to-trinh", "sign");
        api.decide("vt.sldtbxh", id, "van-thu-so-cap-so", "issue");
        runJobs();
        api.decide("cv.ubnd", id, "vp-ubnd-tham-dinh", "approve");
        api.decide("pct.ubnd", id, "lanh-dao-ubnd-ky", "sign");
        api.decide("vt.ubnd", id, "van-thu-ubnd-phat-hanh", "issue");
        runJobs();

        Map<String, Object> detail = api.object(api.send("cv.sldtbxh", "GET", "/api/dispatches/" + id, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) detail.get("summary");
        assertThat(summary.get("state")).isEqualTo("ISSUED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) detail.get("versions");
        for (Map<String, Object> v : versions) {
            if (!"consultation-summary".equals(v.get("documentKind"))) {
                byte[] pdf = api.bytes("cv.sldtbxh", "/api/dispatches/" + id + "/versions/" + v.get("version") + "/pdf");
                Report report = checker.check(pdf, "v" + v.get("version"));
                assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
            }
        }
        Map<String, Object> last = versions.get(versions.size() - 1);
        assertThat(last.get("mode")).isEqualTo("FINAL");
        String text = new vn.vanthu.workflow.PdfText().of(api.bytes("vt.ubnd",
                "/api/dispatches/" + id + "/versions/" + last.get("version") + "/pdf"));
        assertThat(text).contains("Số: " + summary.get("issuedSymbol")).containsPattern("Đắk Lắk, ngày \\d{2} tháng");
        assertThat(versions).anySatisfy(v -> assertThat(v).containsEntry("documentKind", "submission")
                .containsEntry("mode", "FINAL"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).extracting(h -> h.get("step") + ":" + h.get("decision")).containsExactly(
                "soan-thao:submit", "truong-phong-duyet:approve", "cho-y-kien:agree", "tong-hop-y-kien:submit",
                "lanh-dao-so-ky-to-trinh:sign", "van-thu-so-cap-so:issue", "vp-ubnd-tham-dinh:approve",
                "lanh-dao-ubnd-ky:sign", "van-thu-ubnd-phat-hanh:issue");

        HttpResponse<String> otherAgency = api.send("cv.sgddt", "GET", "/api/dispatches/" + id, null);
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(otherAgency.body()).contains("NotYourAgency");
        HttpResponse<String> editIssued = api.send("cv.sldtbxh", "PUT", "/api/dispatches/" + id, document);
        assertThat(editIssued.statusCode()).isEqualTo(409);
        assertThat(api.send("cv.sldtbxh", "GET", "/api/register?agency=sldtbxh&year=" + java.time.Year.now(), null)
                .body()).contains("SLĐTBXH-BTXH");
    }

    @Test
    void badInputAndActingOutOfTurnAreClearProblems() throws Exception {
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
                Map.of("decision", "submit"));
        assertThat(outOfTurn.statusCode()).isEqualTo(403);
        assertThat(outOfTurn.body()).contains("NotYourTask");
        HttpResponse<String> noComment = api.send("cv.sldtbxh", "POST", "/api/tasks/" + task + "/complete",
                Map.of("decision", "approve"));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("decision");
    }
}
