package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.workflow.PdfText;

/**
 * Chain 2 ({@code so-trinh-ubnd}) with one consultation, walked through the real Camunda Tasklist in a
 * headless Chromium whose language is Vietnamese: Sở Tài chính's chuyên viên starts "Sở soạn thảo, trình
 * UBND tỉnh ban hành" consulting Sở Giáo dục và Đào tạo, the trưởng phòng approves, the Giám đốc of Sở GD&ĐT
 * answers "Có ý kiến" with a comment, the chuyên viên accepts it with an explanation, the phó giám đốc signs
 * the submission and the văn thư numbers it; then Văn phòng UBND approves, the Phó Chủ tịch signs and the
 * văn thư of UBND issues. Group lists of UBND (and of Sở GD&ĐT) may hold tasks of other tests of the shared
 * context, so every task is opened by its dispatch, never as "the first one". Screenshots go to
 * {@code <build dir>/screenshots/} with the prefix {@code tham-van-}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistConsultationWalkthroughTests extends BrowserWalkthrough {

    // Sở Tài chính's people take part in no other test
    private static final String SO_SIGNER = "Quách Văn Định";
    private static final String UBND_SIGNER = "Trần Thị Thu Hà";





    @Test
    void soTrinhUbndWithOneConsultationThroughTheVietnameseTasklist() throws Exception {
        walking("tham-van-", this::walk);
    }

    private void walk() throws Exception {
        String summary = "phân bổ kinh phí sửa chữa trường học năm " + java.time.Year.now()
                + " (thử nghiệm " + Long.toString(System.nanoTime() % 1_000_000, 36) + ")";
        String comment = "Đề nghị bổ sung danh mục các trường được ưu tiên sửa chữa trước mùa mưa bão.";
        String explanation = "Tiếp thu: đã bổ sung danh mục các trường ưu tiên vào mục 2 của dự thảo.";

        // --- chuyên viên of Sở Tài chính: start form (consulting Sở GD&ĐT), then the soạn thảo step
        tasklist.open();
        login("cv.stc", PASSWORD, "Cao Bá Nam");
        WebElement start = tasklist.startForm("Sở soạn thảo, trình UBND tỉnh ban hành");
        assertThat(start.getText()).contains("người soạn thảo: Cao Bá Nam", "Xin ý kiến các cơ quan");
        tasklist.type(start.findElement(By.id("vt-summary")), summary);
        tasklist.type(start.findElement(By.id("vt-recipients")), "Ủy ban nhân dân tỉnh");
        tasklist.type(start.findElement(By.id("vt-body")), "Sở Tài chính kính trình Ủy ban nhân dân tỉnh phân bổ "
                + "kinh phí sửa chữa, chống xuống cấp các trường học trên địa bàn tỉnh.");
        // UBND tỉnh's leader signs this one: the start form asks for no signer
        assertThat(start.findElements(By.id("vt-signer"))).isEmpty();
        WebElement consult = start.findElement(By.xpath(".//fieldset//div[contains(@class,'checkbox')]/label"
                + "[contains(normalize-space(.), 'Giáo dục và Đào tạo')]/input[@type='checkbox']"));
        tasklist.center(consult);
        consult.click();
        tasklist.await().until(d -> consult.isSelected());
        tasklist.screenshot("tham-van-khoi-tao");
        tasklist.start();

        String draftingTask = tasklist.openTask("Việc của tôi", "Soạn thảo, hoàn thiện dự thảo",
                task -> summary.equals(summaryOf("cv.stc", task)));
        WebElement draft = tasklist.form("vtSoanthaoForm");
        assertThat(draft.findElement(By.id("vt-summary")).getAttribute("value")).isEqualTo(summary);
        String dispatchId = (String) object("cv.stc", "/api/tasks/" + draftingTask + "/view").get("dispatchId");
        Predicate<String> ours = task -> dispatchId.equals(dispatchOf(task));
        tasklist.complete(draft);
        String processInstance = history.createHistoricTaskInstanceQuery().taskId(draftingTask).singleResult()
                .getProcessInstanceId();
        tasklist.logout();

        // --- trưởng phòng: claim, approve
        login("tp.stc", PASSWORD, "Đinh Thị Quỳnh Như");
        tasklist.openTask("Việc của nhóm tôi", "Trưởng phòng duyệt", ours);
        tasklist.form("vtDuyetForm");
        tasklist.claim();
        WebElement review = tasklist.form("vtDuyetForm");
        assertThat(review.getText()).contains(summary);
        tasklist.choose(review, "Đồng ý");
        tasklist.complete(review);
        tasklist.logout();

        // --- "Gửi xin ý kiến, đặt hạn" is asynchronous
        runJobs(processInstance);

        // --- Giám đốc Sở GD&ĐT: claim, "Có ý kiến" with a comment
        login("gd.sgddt", PASSWORD, "Tạ Minh Triết");
        tasklist.openTask("Việc của nhóm tôi", "Cơ quan được hỏi cho ý kiến", ours);
        tasklist.form("vtYkienForm");
        tasklist.claim();
        WebElement answer = tasklist.form("vtYkienForm");
        assertThat(answer.getText()).contains(summary, "Sở Giáo dục và Đào tạo", "Hạn trả lời:");
        tasklist.choose(answer, "Có ý kiến");
        // the comment is mandatory with "Có ý kiến": "Hoàn thành" stays disabled until it is written
        tasklist.await().until(d -> !d.findElement(Tasklist.COMPLETE).isEnabled());
        tasklist.type(answer.findElement(By.id("vt-comment")), comment);
        tasklist.completeButton();
        tasklist.screenshot("tham-van-y-kien");
        tasklist.complete(answer);
        tasklist.logout();

        // --- chuyên viên: sums up, accepts the comment with an explanation
        login("cv.stc", PASSWORD, "Cao Bá Nam");
        tasklist.openTask("Việc của tôi", "Tổng hợp, tiếp thu, giải trình ý kiến", ours);
        WebElement sum = tasklist.form("vtTonghopForm");
        WebElement row = sum.findElement(By.xpath(".//table[contains(@class,'table-bordered')]/tbody/tr[1]"));
        assertThat(row.getText()).contains("Sở Giáo dục và Đào tạo", comment);
        WebElement accept = row.findElement(By.xpath(".//label[contains(@class,'radio-inline')]"
                + "[normalize-space(.) = 'Có']/input"));
        tasklist.center(accept);
        accept.click();
        tasklist.await().until(d -> accept.isSelected());
        tasklist.type(row.findElement(By.cssSelector("textarea[name=explanation_0]")), explanation);
        tasklist.completeButton();
        tasklist.center(row);
        tasklist.screenshot("tham-van-tong-hop");
        tasklist.complete(sum);
        tasklist.logout();

        // --- "Lập bảng tổng hợp ý kiến" is asynchronous
        runJobs(processInstance);

        // --- phó giám đốc: claim, sign the submission
        login("pgd.stc", PASSWORD, SO_SIGNER);
        tasklist.openTask("Việc của nhóm tôi", "Lãnh đạo Sở ký văn bản trình", ours);
        tasklist.form("vtKyForm");
        tasklist.claim();
        WebElement sign = tasklist.form("vtKyForm");
        tasklist.choose(sign, "Ký");
        tasklist.complete(sign);
        tasklist.logout();

        // --- văn thư of the Sở: numbers the submission
        login("vt.stc", PASSWORD, "Thái Thị Hoa");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư Sở cấp số văn bản trình", ours);
        tasklist.form("vtPhathanhForm");
        tasklist.claim();
        issue(tasklist.form("vtPhathanhForm"));
        tasklist.logout();

        // --- "Cấp số văn bản trình, gửi UBND" is asynchronous
        runJobs(processInstance);

        // --- Văn phòng UBND: approve
        login("cv.ubnd", PASSWORD, "Nguyễn Hoàng Phúc");
        tasklist.openTask("Việc của nhóm tôi", "Văn phòng UBND thẩm định", ours);
        tasklist.form("vtDuyetForm");
        tasklist.claim();
        WebElement check = tasklist.form("vtDuyetForm");
        assertThat(check.getText()).contains(summary);
        tasklist.choose(check, "Đồng ý");
        tasklist.complete(check);
        tasklist.logout();

        // --- Phó Chủ tịch: sign
        login("pct.ubnd", PASSWORD, UBND_SIGNER);
        tasklist.openTask("Việc của nhóm tôi", "Lãnh đạo UBND tỉnh ký", ours);
        tasklist.form("vtKyForm");
        tasklist.claim();
        WebElement ubndSign = tasklist.form("vtKyForm");
        assertThat(ubndSign.getText()).contains(summary);
        tasklist.choose(ubndSign, "Ký");
        tasklist.complete(ubndSign);
        tasklist.logout();

        // --- văn thư of UBND: issue
        login("vt.ubnd", PASSWORD, "H'Mai Êban");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư UBND cấp số, phát hành", ours);
        tasklist.form("vtPhathanhForm");
        tasklist.claim();
        WebElement ubndIssue = tasklist.form("vtPhathanhForm");
        assertThat(ubndIssue.getText()).contains(summary);
        issue(ubndIssue);
        tasklist.logout();

        // --- "Cấp số, ngày và phát hành" is asynchronous
        runJobs(processInstance);

        Map<String, Object> detail = object("cv.stc", "/api/dispatches/" + dispatchId);
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) detail.get("summary");
        assertThat(state.get("state")).isEqualTo("ISSUED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> consultations = (List<Map<String, Object>>) detail.get("consultations");
        assertThat(consultations).hasSize(1);
        assertThat(consultations.get(0)).containsEntry("agency", "sgddt").containsEntry("answer", "COMMENTED")
                .containsEntry("comment", comment).containsEntry("accepted", true)
                .containsEntry("explanation", explanation);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) detail.get("history");
        assertThat(steps).extracting(h -> h.get("step") + ":" + h.get("decision") + ":" + h.get("actor")).containsExactly(
                "soan-thao:submit:cv.stc", "truong-phong-duyet:approve:tp.stc", "cho-y-kien:comment:gd.sgddt",
                "tong-hop-y-kien:submit:cv.stc", "lanh-dao-so-ky-to-trinh:sign:pgd.stc",
                "van-thu-so-cap-so:issue:vt.stc", "vp-ubnd-tham-dinh:approve:cv.ubnd",
                "lanh-dao-ubnd-ky:sign:pct.ubnd", "van-thu-ubnd-phat-hanh:issue:vt.ubnd");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) detail.get("versions");
        assertThat(versions).anySatisfy(v -> assertThat(v).containsEntry("documentKind", "consultation-summary"));
        Map<String, Object> submission = versions.stream().filter(v -> "submission".equals(v.get("documentKind")))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no submission version in " + versions));
        assertThat(submission.get("mode")).isEqualTo("FINAL");
        String submissionText = pdfText("vt.stc", dispatchId, submission.get("version"));
        assertThat(submissionText).containsPattern("Số: \\d{2,}/STC-");

        Map<String, Object> last = versions.stream().filter(v -> v.get("documentKind") == null
                        || "main".equals(v.get("documentKind")))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no main version in " + versions));
        assertThat(last.get("mode")).isEqualTo("FINAL");
        String text = pdfText("vt.ubnd", dispatchId, last.get("version"));
        // the document is UBND tỉnh's: its number, header and signature, not the Sở's (khoi-tao.html once sent
        // the Sở's issuer, unit and signer for this chain too)
        assertThat((String) state.get("issuedSymbol")).matches("\\d{2,}/UBND-.+");
        assertThat(text).contains("Số: " + state.get("issuedSymbol"), "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", UBND_SIGNER);
        assertThat(text).doesNotContain("SỞ TÀI CHÍNH", SO_SIGNER);
        assertThat(text).doesNotContain("DỰ THẢO");
    }

    /** "Cấp số và phát hành": the form's own button completes the task. */
    private void issue(WebElement form) throws Exception {
        WebElement button = form.findElement(By.xpath(".//button[normalize-space(.) = 'Cấp số và phát hành']"));
        tasklist.dismissNotifications();
        tasklist.center(button);
        tasklist.await().until(ExpectedConditions.elementToBeClickable(button)).click();
        tasklist.waitGone(form);
    }


    /** The dispatch of a task, as its assignee or candidate sees it (null when the view cannot be read). */
    private String dispatchOf(String task) {
        try {
            HttpResponse<byte[]> response = get(driverUser(), "/api/tasks/" + task + "/view");
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, Object> view = json.readValue(response.body(), new TypeReference<>() { });
            return (String) view.get("dispatchId");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String summaryOf(String user, String task) {
        try {
            HttpResponse<byte[]> response = get(user, "/api/tasks/" + task + "/view");
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, Object> view = json.readValue(response.body(), new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) view.get("document");
            return document == null ? null : String.valueOf(document.get("summary"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user logged in to the browser. */
    private String user;

    private void login(String user, String password, String fullName) {
        this.user = user;
        tasklist.login(user, password, fullName);
    }

    private String driverUser() {
        return user;
    }

    private String pdfText(String user, String dispatchId, Object version) throws Exception {
        return new PdfText().of(bytes(user, "/api/dispatches/" + dispatchId + "/versions/" + version + "/pdf"))
                .replaceAll("\\s+", " ");
    }



}
