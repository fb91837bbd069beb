package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Mode;
import vn.vanthu.exchange.CopyState;
import vn.vanthu.exchange.CopyStatus;
import vn.vanthu.exchange.Dispatching;
import vn.vanthu.exchange.IssuedDocument;
import vn.vanthu.exchange.Receiving;
import vn.vanthu.exchange.Recipients;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * The receiving side in the real Tasklist, in headless Chromium: UBND tỉnh sends a Công văn to Sở Tài chính;
 * Sở Tài chính's văn thư enters it in the sổ văn bản đến, the giám đốc assigns it to a chuyên viên with a
 * deadline, the chuyên viên completes it; UBND reads "Hoàn thành". The outbox drains on its own schedule
 * (vanthu.exchange.drain-interval, 10 s), as in production; the test runs the check job itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReceivingWalkthroughTests extends BrowserWalkthrough {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Recipients recipients;
    @Autowired
    Dispatching dispatching;
    @Autowired
    DocumentRenderer renderer;
    @Autowired
    vn.vanthu.signing.Signing signing;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    /** The văn bản đến this walk sends and follows, as Sở Tài chính's register knows it. */
    private String incoming;

    @Test
    void registerAssignAndCompleteAVanBanDen() throws Exception {
        walking("den-", this::walk);
    }

    private void walk() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        int number = 500 + (int) (System.nanoTime() % 400);
        Dispatch d = DispatchReader.fromMap(Map.ofEntries(Map.entry("type", "cong-van"),
                Map.entry("issuer", Map.of("name", List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"), "abbreviation", "UBND",
                        "place", "Đắk Lắk")),
                Map.entry("unit", "KGVX"), Map.entry("number", number), Map.entry("date", today.toString()),
                Map.entry("mode", "final"),
                Map.entry("summary", "bố trí kinh phí chăm sóc, bảo vệ trẻ em năm " + (today.getYear() + 1)),
                Map.entry("recipients", List.of("Sở Tài chính")),
                Map.entry("body", "Ủy ban nhân dân tỉnh đề nghị Sở Tài chính tham mưu bố trí kinh phí thực hiện các "
                        + "nhiệm vụ chăm sóc, bảo vệ trẻ em trong dự toán ngân sách năm tới./."),
                Map.entry("signature", Map.of("authority", List.of("KT. CHỦ TỊCH"), "title", "PHÓ CHỦ TỊCH",
                        "name", "Trần Thị Thu Hà")),
                Map.entry("distribution", Map.of("recipients", List.of("Như trên"), "archive", "VT, KGVX"))));
        String code = number + "/UBND-KGVX";
        // as the chain issues it: the leader's signature on the copy for signature, then number, day and seal
        byte[] signed = signing.signAsSigner(renderer.render(d.unnumbered(), Mode.FOR_SIGNATURE), "pct.ubnd",
                vn.vanthu.support.ChainDriver.DEMO_PIN.toCharArray());
        IssuedDocument doc = new IssuedDocument(UUID.randomUUID(), d, signing.issue(signed, "ubnd", number, today),
                "ubnd", recipients.resolve(d, "ubnd").recipients(), "vt.ubnd", null, null);
        dispatching.send(doc);
        String year = Integer.toString(today.getYear());
        incoming = await(() -> lines("vt.stc", year).stream().filter(l -> code.equals(l.get("code")))
                .map(l -> (String) l.get("id")).findFirst().orElse(null));
        await(() -> {
            management.createJobQuery().processDefinitionKey(Receiving.PROCESS).executable().list()
                    .forEach(j -> management.executeJob(j.getId()));
            return "ARRIVED".equals(object("vt.stc", "/api/exchange/incoming/" + incoming).get("state")) ? "ok" : null;
        });

        // other tests of the shared context send to Sở Tài chính too: open only the tasks of this văn bản đến
        java.util.function.Predicate<String> ours = this::ofThisDocument;

        // --- văn thư: vào sổ văn bản đến
        tasklist.open();
        tasklist.login("vt.stc", PASSWORD, "Thái Thị Hoa");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư tiếp nhận, vào sổ văn bản đến", ours);
        tasklist.form("vtVanBanDenForm");
        tasklist.claim();
        WebElement register = tasklist.form("vtVanBanDenForm");
        assertThat(register.getText()).contains("Ủy ban nhân dân tỉnh Đắk Lắk", code, "Trần Thị Thu Hà",
                "bố trí kinh phí chăm sóc");
        assertThat(register.findElement(By.cssSelector("a.vt-pdf-download")).getAttribute("href"))
                .endsWith("/api/exchange/incoming/" + incoming + "/pdf");
        tasklist.choose(register, "Vào sổ văn bản đến");
        tasklist.screenshot("tiep-nhan");
        tasklist.complete(register);
        tasklist.logout();
        Object registered = object("vt.stc", "/api/exchange/incoming/" + incoming).get("registerNumber");
        assertThat(registered).isInstanceOf(Integer.class);

        // --- giám đốc: phân công, with a deadline
        String due = today.plusDays(10).toString();
        tasklist.login("gd.stc", PASSWORD, "Tôn Thất Bình");
        tasklist.openTask("Việc của nhóm tôi", "Lãnh đạo phân công xử lý", ours);
        tasklist.form("vtVanBanDenForm");
        tasklist.claim();
        WebElement assign = tasklist.form("vtVanBanDenForm");
        assertThat(assign.getText()).contains("Số đến, ngày đến", registered.toString());
        tasklist.select(assign.findElement(By.id("vt-handler")), "Chuyên viên Cao Bá Nam");
        assign.findElement(By.name("answerNeeded")).click();
        ((JavascriptExecutor) driver).executeScript("var e = arguments[0]; e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                assign.findElement(By.id("vt-due")), due);
        tasklist.type(assign.findElement(By.id("vt-comment")), "Đồng chí Nam tham mưu, báo cáo trước hạn.");
        tasklist.screenshot("phan-cong");
        tasklist.complete(assign);
        tasklist.logout();

        // --- chuyên viên: xử lý, with a reply to follow
        tasklist.login("cv.stc", PASSWORD, "Cao Bá Nam");
        tasklist.openTask("Việc của tôi", "Xử lý văn bản đến", ours);
        WebElement handle = tasklist.form("vtVanBanDenForm");
        assertThat(handle.getText()).contains("Người xử lý", "Cao Bá Nam");
        tasklist.type(handle.findElement(By.id("vt-comment")), "Đã tham mưu dự toán kinh phí.");
        handle.findElement(By.name("reply")).click();
        assertThat(handle.getText()).contains("Trả lời Công văn số " + code);
        tasklist.screenshot("xu-ly");
        tasklist.complete(handle);

        Map<String, Object> done = object("vt.stc", "/api/exchange/incoming/" + incoming);
        assertThat(done).containsEntry("state", "DONE").containsEntry("handler", "cv.stc")
                .containsEntry("dueOn", due).containsEntry("replyWanted", true);
        CopyStatus copy = await(() -> dispatching.statuses(doc.dispatchId()).stream()
                .filter(s -> s.state() == CopyState.DONE).findFirst().orElse(null));
        assertThat(copy.history()).extracting(CopyStatus.Event::code).containsSubsequence("01", "03", "04", "05", "06");
    }

    /** The task belongs to this walk's văn bản đến (a task gone meanwhile belongs to none). */
    private boolean ofThisDocument(String taskId) {
        try {
            return incoming.equals(tasks.getVariable(taskId, Receiving.VAR_INCOMING));
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lines(String user, String year) throws Exception {
        var response = get(user, "/api/exchange/incoming?agency=stc&year=" + year);
        return json.readValue(response.body(), List.class);
    }

    private interface Probe<T> {
        T value() throws Exception;
    }

    /** Waits up to 90 s for the scheduled drains to carry things along. */
    private static <T> T await(Probe<T> probe) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            T value = probe.value();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing came within 90 s");
    }
}
