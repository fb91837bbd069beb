package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.support.PdfText;

/**
 * Chain 2 ({@code so-trinh-ubnd}) with a consultation, walked in the real Tasklist: Sở Giáo dục drafts a
 * Công văn for UBND tỉnh and consults Sở Thông tin và Truyền thông, whose leader comments; the drafter
 * accepts the comment — and is refused until the change is in the text —, then the Sở's leader signs the
 * submission letter shown, its văn thư numbers it, Văn phòng UBND reviews, the Chánh Văn phòng chooses the
 * Phó Chủ tịch, who signs the copy shown (hash compared), and the văn thư of UBND issues it: the issued text
 * carries the accepted change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistConsultationWalkthroughTests extends BrowserWalkthrough {

    private static final String CHANGE = "4. Sở Thông tin và Truyền thông phối hợp tuyên truyền trên cổng thông tin.";

    @Test
    void soTrinhUbndWithAConsultationThroughTheTasklist() throws Exception {
        walking("consultation-", this::walk);
    }

    @SuppressWarnings("unchecked")
    private void walk() throws Exception {
        String summary = "tăng cường giáo dục kỹ năng sống cho học sinh năm " + java.time.Year.now();
        tasklist.open();
        tasklist.login("cv.sgddt", PASSWORD, "Huỳnh Thị Kim Oanh");
        WebElement start = tasklist.startForm("Sở soạn thảo, trình UBND tỉnh ban hành");
        assertThat(start.findElement(By.id("vt-recipients")).getAttribute("placeholder"))
                .doesNotContain("Ủy ban nhân dân tỉnh");
        tasklist.type(start.findElement(By.id("vt-summary")), summary);
        tasklist.type(start.findElement(By.id("vt-recipients")), "Các sở, ban, ngành\nUBND các huyện, thị xã, thành phố");
        tasklist.type(start.findElement(By.id("vt-body")), "Để nâng cao chất lượng giáo dục toàn diện, Ủy ban nhân dân"
                + " tỉnh yêu cầu:\n\n1. Sở Giáo dục và Đào tạo chủ trì triển khai.\n\n2. Các trường bố trí thời lượng"
                + " phù hợp.\n\n3. Báo cáo kết quả trước ngày 30/6.");
        tasklist.select(start.findElement(By.id("vt-signer")), "Phó Giám đốc Nông Thị Lan Anh");
        WebElement consult = start.findElement(By.xpath(
                ".//label[contains(normalize-space(.), 'Sở Thông tin và Truyền thông')]/input"));
        tasklist.center(consult);
        consult.click();
        tasklist.start();
        WebElement draft = tasklist.form("vtSoanthaoForm");
        Map<String, Object> view = object("cv.sgddt", "/api/tasks/" + currentTask() + "/view");
        String dispatchId = (String) view.get("dispatchId");
        String pi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dispatchId).singleResult()
                .getId();
        Predicate<String> ours = id -> true;
        tasklist.complete(draft);
        tasklist.logout();

        tasklist.login("tp.sgddt", PASSWORD, "Dương Văn Sơn");
        tasklist.openTask("Việc của nhóm tôi", "Trưởng phòng duyệt", ours);
        tasklist.claim();
        WebElement review = tasklist.form("vtDuyetForm");
        tasklist.choose(review, "Đồng ý");
        tasklist.complete(review);
        tasklist.logout();
        runJobs(pi);

        tasklist.login("gd.stttt", PASSWORD, "Triệu Quang Vinh");
        tasklist.openTask("Việc của nhóm tôi", "Cơ quan được hỏi cho ý kiến", ours);
        tasklist.claim();
        WebElement answer = tasklist.form("vtYkienForm");
        tasklist.choose(answer, "Có ý kiến");
        tasklist.type(answer.findElement(By.id("vt-comment")), "Bổ sung trách nhiệm tuyên truyền của Sở TTTT.");
        tasklist.complete(answer);
        tasklist.logout();

        // the accepted comment must reach the text: refused in the form until the draft is changed
        tasklist.login("cv.sgddt", PASSWORD, "Huỳnh Thị Kim Oanh");
        tasklist.openTask("Việc của tôi", "Tổng hợp, tiếp thu, giải trình ý kiến");
        WebElement compile = tasklist.form("vtTonghopForm");
        assertThat(compile.getText()).contains("Bổ sung trách nhiệm tuyên truyền của Sở TTTT.");
        WebElement accept = compile.findElement(By.xpath(
                ".//table[contains(@class,'vt-answers')]//label[normalize-space(.)='Có']/input"));
        tasklist.center(accept);
        accept.click();
        tasklist.completeButton().click();
        // refused beside the draft: the accepted comment is not in the text yet
        WebElement refused = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//form[@name='vtTonghopForm']//div[contains(@class,'alert-danger')][contains(., 'chưa được sửa')]")));
        assertThat(refused.getText()).contains("tiếp thu");
        tasklist.screenshot("tong-hop-refused");
        WebElement body = compile.findElement(By.id("vt-body"));
        tasklist.center(body);
        body.sendKeys("\n\n" + CHANGE);
        tasklist.complete(compile);
        tasklist.logout();
        runJobs(pi);

        // the Sở's leader signs the submission letter the form shows
        tasklist.login("pgd.sgddt", PASSWORD, "Nông Thị Lan Anh");
        String letterTask = tasklist.openTask("Việc của tôi", "Lãnh đạo Sở ký văn bản trình");
        WebElement letter = tasklist.form("vtKyForm");
        byte[] letterPdf = shownPdf("pgd.sgddt", letter);
        Map<String, Object> letterView = object("pgd.sgddt", "/api/tasks/" + letterTask + "/view");
        assertThat(sha256(letterPdf)).isEqualTo(((Map<String, Object>) letterView.get("subject")).get("sha256"));
        assertThat(PdfText.of(letterPdf)).contains("V/v đề nghị ban hành Công văn", "Nông Thị Lan Anh");
        assertThat(letter.getText()).contains("Thay đổi so với phiên bản", "Sở Thông tin và Truyền thông phối hợp");
        tasklist.choose(letter, "Ký");
        tasklist.type(letter.findElement(By.id("vt-pin")), vn.vanthu.support.ChainDriver.DEMO_PIN);
        tasklist.complete(letter);
        tasklist.logout();

        tasklist.login("vt.sgddt", PASSWORD, "Châu Thị Bích Ngọc");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư Sở cấp số văn bản trình", ours);
        tasklist.claim();
        tasklist.complete(tasklist.form("vtPhathanhForm"));
        tasklist.logout();
        runJobs(pi);

        Predicate<String> thisDispatch = id -> dispatchId.equals(view("cv.ubnd", id));
        tasklist.login("cv.ubnd", PASSWORD, "Nguyễn Hoàng Phúc");
        tasklist.openTask("Việc của nhóm tôi", "Văn phòng UBND thẩm định", thisDispatch);
        tasklist.claim();
        WebElement vp = tasklist.form("vtDuyetForm");
        assertThat(vp.getText()).contains("Văn bản trình của Sở");
        tasklist.choose(vp, "Đồng ý");
        tasklist.complete(vp);
        tasklist.logout();

        tasklist.login("cvp.ubnd", PASSWORD, "Đỗ Văn Thành");
        tasklist.openTask("Việc của nhóm tôi", "Chánh Văn phòng UBND trình ký", id -> dispatchId.equals(view("cvp.ubnd", id)));
        tasklist.claim();
        WebElement cvp = tasklist.form("vtDuyetForm");
        tasklist.choose(cvp, "Đồng ý");
        tasklist.select(cvp.findElement(By.id("vt-signer")), "Phó Chủ tịch Trần Thị Thu Hà");
        tasklist.complete(cvp);
        tasklist.logout();

        tasklist.login("pct.ubnd", PASSWORD, "Trần Thị Thu Hà");
        String signTask = tasklist.openTask("Việc của tôi", "Lãnh đạo UBND tỉnh ký", id -> dispatchId.equals(view("pct.ubnd", id)));
        WebElement sign = tasklist.form("vtKyForm");
        byte[] shown = shownPdf("pct.ubnd", sign);
        Map<String, Object> signView = object("pct.ubnd", "/api/tasks/" + signTask + "/view");
        assertThat(sha256(shown)).isEqualTo(((Map<String, Object>) signView.get("subject")).get("sha256"));
        assertThat(PdfText.of(shown)).contains("KT. CHỦ TỊCH", "Trần Thị Thu Hà", CHANGE).doesNotContain("DỰ THẢO");
        tasklist.screenshot("ubnd-ky");
        tasklist.choose(sign, "Ký");
        tasklist.type(sign.findElement(By.id("vt-pin")), vn.vanthu.support.ChainDriver.DEMO_PIN);
        tasklist.complete(sign);
        tasklist.logout();

        tasklist.login("vt.ubnd", PASSWORD, "H'Mai Êban");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư UBND cấp số, phát hành", id -> dispatchId.equals(view("vt.ubnd", id)));
        tasklist.claim();
        tasklist.complete(tasklist.form("vtPhathanhForm"));
        runJobs(pi);
        Map<String, Object> done = object("vt.ubnd", "/api/dispatches/" + dispatchId);
        Map<String, Object> summaryOf = (Map<String, Object>) done.get("summary");
        assertThat(summaryOf.get("state")).isEqualTo("ISSUED");
        java.util.List<Map<String, Object>> versions = (java.util.List<Map<String, Object>>) done.get("versions");
        String issued = PdfText.of(bytes("vt.ubnd", (String) versions.get(versions.size() - 1).get("pdf")));
        assertThat(issued).contains("Số: " + summaryOf.get("issuedSymbol"), CHANGE);
        assertThat(((java.util.List<Map<String, Object>>) done.get("history")).stream()
                .filter(h -> "sign".equals(h.get("decision"))).map(h -> h.get("versionSha256")))
                .contains(sha256(letterPdf), sha256(shown));
        // every PDF the walk made (drafts, table, copies for signature, issued) passes the product's own checker
        assertThat(pdfs.all(java.util.UUID.fromString(dispatchId))).isGreaterThan(8);
    }
}
