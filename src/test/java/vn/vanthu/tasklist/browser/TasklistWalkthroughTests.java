package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.workflow.PdfText;

/**
 * Chain 1 ({@code so-ban-hanh}) walked through the real Camunda Tasklist in a headless Chromium whose
 * language is Vietnamese, as the demo users of Sở LĐTBXH: the chuyên viên starts "Sở ban hành văn bản"
 * from the start form and submits the draft, the trưởng phòng claims and approves, the phó giám đốc
 * signs, the văn thư issues; then the dispatch is ISSUED and its PDF carries the number and the signer.
 * Screenshots of each step go to {@code <build dir>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistWalkthroughTests extends BrowserWalkthrough {

    // Sở Y tế's people take part in no other test, so their task lists hold only this walkthrough's tasks
    private static final String SIGNER = "Kiều Thị Phương Thảo";





    @Test
    void soBanHanhThroughTheVietnameseTasklist() throws Exception {
        walking("", this::walk);
    }

    private void walk() throws Exception {
        String summary = "triển khai chính sách trợ giúp xã hội năm " + java.time.Year.now()
                + " (thử nghiệm " + Long.toString(System.nanoTime() % 1_000_000, 36) + ")";
        String added = "Đề nghị các địa phương báo cáo kết quả thực hiện trước ngày 15 tháng 12.";

        // --- the login page is Vietnamese
        tasklist.open();
        assertThat(driver.findElement(Tasklist.LOGIN_BUTTON).getText()).isEqualTo("Đăng nhập");
        assertThat(driver.findElement(Tasklist.LOGIN_USER).getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
        assertThat(driver.findElement(Tasklist.LOGIN_PASSWORD).getAttribute("placeholder")).isEqualTo("Mật khẩu");
        tasklist.screenshot("dang-nhap");

        // --- chuyên viên: start form, then the soạn thảo step
        tasklist.login("cv.syt", PASSWORD, "Võ Thanh Tú");
        // the filters (Bộ lọc) load after the page: wait for them, in Vietnamese
        for (String shown : List.of("Việc của tôi", "Việc của nhóm tôi", "Tất cả công việc", "Khởi tạo quy trình")) {
            tasklist.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), shown));
        }
        WebElement start = tasklist.startForm("Sở ban hành văn bản");
        assertThat(start.getText()).contains("Cơ quan soạn thảo: Sở Y tế",
                "người soạn thảo: Võ Thanh Tú");
        tasklist.type(start.findElement(By.id("vt-summary")), summary);
        tasklist.type(start.findElement(By.id("vt-recipients")), "UBND các huyện, thị xã, thành phố");
        tasklist.type(start.findElement(By.id("vt-body")), "Sở Lao động – Thương binh và Xã hội đề nghị Ủy ban nhân "
                + "dân các huyện, thị xã, thành phố triển khai chính sách trợ giúp xã hội trên địa bàn.");
        tasklist.select(start.findElement(By.id("vt-signer")), SIGNER);
        tasklist.screenshot("khoi-tao");
        tasklist.start();

        String draftingTask = tasklist.openTask("Việc của tôi", "Soạn thảo, hoàn thiện dự thảo");
        WebElement draft = tasklist.form("vtSoanthaoForm");
        assertThat(draft.findElement(By.id("vt-summary")).getAttribute("value")).isEqualTo(summary);
        WebElement body = draft.findElement(By.id("vt-body"));
        tasklist.center(body);
        body.sendKeys("\n\n" + added);
        assertThat(tasklist.completeButton().getText()).isEqualTo("Hoàn thành");
        tasklist.screenshot("soan-thao");
        String dispatchId = (String) object("cv.syt", "/api/tasks/" + draftingTask + "/view").get("dispatchId");
        tasklist.complete(draft);
        String processInstance = history.createHistoricTaskInstanceQuery().taskId(draftingTask).singleResult()
                .getProcessInstanceId();
        tasklist.logout();

        // --- trưởng phòng: claim, approve
        tasklist.login("tp.syt", PASSWORD, "Mai Xuân Hiếu");
        tasklist.openTask("Việc của nhóm tôi", "Trưởng phòng duyệt");
        WebElement review = tasklist.form("vtDuyetForm");
        assertThat(driver.findElement(Tasklist.CLAIM).getText()).isEqualTo("Nhận việc");
        tasklist.claim();
        review = tasklist.form("vtDuyetForm");
        assertThat(review.getText()).contains(summary, "Quá trình xử lý, ý kiến", "Võ Thanh Tú");
        // the draft's PDF: the Tasklist's CSP sandbox keeps Chromium from showing it in the page, the
        // download link always works
        WebElement download = tasklist.await().until(ExpectedConditions.visibilityOf(
                review.findElement(By.cssSelector("a.vt-pdf-download"))));
        assertThat(download.getText()).isEqualTo("Tải bản PDF về máy");
        String pdfPath = URI.create(download.getAttribute("href")).getRawPath();
        assertThat(pdfPath).startsWith("/api/dispatches/" + dispatchId + "/versions/");
        assertThat(new PdfText().of(bytes("tp.syt", pdfPath))).contains("DỰ THẢO");
        tasklist.choose(review, "Đồng ý");
        tasklist.screenshot("duyet");
        tasklist.complete(review);
        tasklist.logout();

        // --- phó giám đốc: claim, sign
        tasklist.login("pgd.syt", PASSWORD, SIGNER);
        tasklist.openTask("Việc của nhóm tôi", "Lãnh đạo Sở ký");
        tasklist.form("vtKyForm");
        tasklist.claim();
        WebElement sign = tasklist.form("vtKyForm");
        tasklist.choose(sign, "Ký");
        tasklist.screenshot("ky");
        tasklist.complete(sign);
        tasklist.logout();

        // --- văn thư: claim, "Cấp số và phát hành" (the form's own button completes the task)
        tasklist.login("vt.syt", PASSWORD, "Lý Thị Hương");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư Sở cấp số, phát hành");
        tasklist.form("vtPhathanhForm");
        tasklist.claim();
        WebElement issue = tasklist.form("vtPhathanhForm");
        WebElement issueButton = issue.findElement(By.xpath(".//button[normalize-space(.) = 'Cấp số và phát hành']"));
        tasklist.center(issueButton);
        tasklist.screenshot("phat-hanh");
        tasklist.await().until(ExpectedConditions.elementToBeClickable(issueButton)).click();
        tasklist.waitGone(issue);
        tasklist.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Không có công việc nào khớp bộ lọc."));
        tasklist.screenshot("da-phat-hanh");

        // --- the asynchronous "Cấp số, ngày và phát hành" (the test profile has no job executor)
        runJobs(processInstance);

        Map<String, Object> detail = object("cv.syt", "/api/dispatches/" + dispatchId);
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) detail.get("summary");
        assertThat(state.get("state")).isEqualTo("ISSUED");
        String number = (String) state.get("issuedSymbol");
        assertThat(number).matches("\\d{2,}/SYT-NVY");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) detail.get("history");
        assertThat(steps).extracting(h -> h.get("step") + ":" + h.get("decision") + ":" + h.get("actor")).containsExactly(
                "soan-thao:submit:cv.syt", "truong-phong-duyet:approve:tp.syt",
                "lanh-dao-so-ky:sign:pgd.syt", "van-thu-so-phat-hanh:issue:vt.syt");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) detail.get("versions");
        Map<String, Object> last = versions.get(versions.size() - 1);
        assertThat(last.get("mode")).isEqualTo("FINAL");

        byte[] pdf = bytes("vt.syt", "/api/dispatches/" + dispatchId + "/versions/" + last.get("version") + "/pdf");
        String text = new PdfText().of(pdf).replaceAll("\\s+", " ");
        // numbers below 10 are zero-padded (01, 02 …); other tests of the shared context may have issued some
        if (Integer.parseInt(number.substring(0, number.indexOf('/'))) < 10) {
            assertThat(text).contains("Số: 0");
        }
        assertThat(text).contains("Số: " + number, SIGNER, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                "Kính gửi: UBND các huyện, thị xã, thành phố", "báo cáo kết quả thực hiện trước ngày 15 tháng 12");
        assertThat(text).containsPattern("Đắk Lắk, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
        assertThat(text).doesNotContain("DỰ THẢO");
    }




}
