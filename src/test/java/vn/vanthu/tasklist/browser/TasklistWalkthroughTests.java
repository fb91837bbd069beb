package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.support.PdfText;

/**
 * Chain 1 ({@code so-ban-hanh}) walked through the real Camunda Tasklist in a headless Chromium whose own
 * language is English, as the demo users of Sở Y tế: everything reads in Vietnamese (vanthu's default),
 * the start form names each refused field beside it, the chuyên viên starts and submits, the trưởng phòng
 * approves, the chosen phó giám đốc signs the very PDF the form shows (hash compared with the one
 * recorded), the văn thư issues and is told the number, "Văn bản đã phát hành" lists the document, and a
 * switch of language turns Tasklist and forms to English together. Screenshots in {@code <build>/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistWalkthroughTests extends BrowserWalkthrough {

    private static final String SIGNER = "Kiều Thị Phương Thảo";
    private static final String DEMO_PIN = vn.vanthu.support.ChainDriver.DEMO_PIN;

    @org.springframework.beans.factory.annotation.Autowired
    vn.vanthu.signing.SignatureVerifier verifier;

    @Override
    String browserLanguage() {
        return "en-US";
    }

    @Test
    void soBanHanhThroughTheTasklistInVietnameseWhateverTheBrowsersLanguage() throws Exception {
        walking("", this::walk);
    }

    @SuppressWarnings("unchecked")
    private void walk() throws Exception {
        String summary = "triển khai chính sách trợ giúp xã hội năm " + java.time.Year.now();
        tasklist.open();
        assertThat(driver.findElement(Tasklist.LOGIN_BUTTON).getText()).isEqualTo("Đăng nhập");
        tasklist.login("cv.syt", PASSWORD, "Võ Thanh Tú");
        tasklist.screenshot("tasklist-vi-in-an-english-browser");

        // the start form: an empty trích yếu comes back from the server, named beside its field
        WebElement start = tasklist.startForm("Sở ban hành văn bản");
        // a Kế hoạch has a Nơi nhận alone; a Công văn names those who act under Kính gửi (PL I, II.9)
        WebElement recipientsLabel = start.findElement(By.cssSelector("label[for='vt-recipients']"));
        assertThat(recipientsLabel.getText()).startsWith("Kính gửi");
        tasklist.select(start.findElement(By.id("vt-type")), "Kế hoạch");
        tasklist.await().until(d -> recipientsLabel.getText().startsWith("Nơi nhận"));
        tasklist.select(start.findElement(By.id("vt-type")), "Công văn");
        tasklist.await().until(d -> recipientsLabel.getText().startsWith("Kính gửi"));
        tasklist.select(start.findElement(By.id("vt-signer")), "Phó Giám đốc " + SIGNER);
        tasklist.type(start.findElement(By.id("vt-recipients")), "Ủy ban nhân dân các huyện, thị xã, thành phố");
        tasklist.type(start.findElement(By.id("vt-body")), "Thực hiện Nghị định số 20/2021/NĐ-CP, Sở Y tế đề nghị"
                + " các đơn vị rà soát đối tượng.\n\n1. Rà soát, lập danh sách đối tượng.\n\n2. Báo cáo trước ngày 15/12.");
        tasklist.pressStart();
        WebElement refused = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//textarea[@id='vt-summary']/following-sibling::p[contains(@class,'help-block')]")));
        assertThat(refused.getText()).contains("trích yếu");
        tasklist.screenshot("start-form-refused-field");
        tasklist.type(start.findElement(By.id("vt-summary")), summary);
        tasklist.start();

        // the drafter lands in the new draft's form; the list names the document
        WebElement draft = tasklist.form("vtSoanthaoForm");
        String dispatchId = view("cv.syt", currentTask());
        assertThat(draft.getText()).contains("Công văn V/v " + summary, "Soạn thảo, hoàn thiện dự thảo");
        assertThat(tasklist.taskCardText()).contains("Văn bản:", "Công văn V/v " + summary).doesNotContain("50");
        WebElement body = draft.findElement(By.id("vt-body"));
        tasklist.center(body);
        body.sendKeys("\n\n3. Tổ chức kiểm tra việc thực hiện.");
        tasklist.screenshot("soan-thao");
        tasklist.complete(draft);
        tasklist.logout();

        tasklist.login("tp.syt", PASSWORD, "Mai Xuân Hiếu");
        tasklist.openTask("Việc của nhóm tôi", "Trưởng phòng duyệt", id -> dispatchId.equals(view("tp.syt", id)));
        tasklist.claim();
        WebElement review = tasklist.form("vtDuyetForm");
        assertThat(review.getText()).contains("Dự thảo", "3. Tổ chức kiểm tra").doesNotContain("Bản trình ký");
        tasklist.choose(review, "Đồng ý");
        tasklist.complete(review);
        tasklist.logout();

        // the signer reads the copy for signature: the form's PDF is the version "Ký" applies to
        tasklist.login("pgd.syt", PASSWORD, SIGNER);
        String signTask = tasklist.openTask("Việc của tôi", "Lãnh đạo Sở ký", id -> dispatchId.equals(view("pgd.syt", id)));
        WebElement sign = tasklist.form("vtKyForm");
        assertThat(sign.getText()).contains("Bản trình ký");
        byte[] shown = shownPdf("pgd.syt", sign);
        Map<String, Object> view = object("pgd.syt", "/api/tasks/" + signTask + "/view");
        assertThat(view.get("dispatchId")).isEqualTo(dispatchId);
        assertThat(sha256(shown)).isEqualTo(((Map<String, Object>) view.get("subject")).get("sha256"));
        assertThat(PdfText.of(shown)).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", SIGNER, "3. Tổ chức kiểm tra")
                .doesNotContain("DỰ THẢO");
        tasklist.screenshot("ky-ban-trinh-ky");
        tasklist.choose(sign, "Ký");
        // a wrong PIN signs nothing and says so beside the PIN; the right one signs
        tasklist.type(sign.findElement(By.id("vt-pin")), "0000");
        tasklist.completeButton().click();
        WebElement wrongPin = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'vt-pin')]//p[contains(@class,'help-block')][contains(., 'PIN không đúng')]")));
        assertThat(wrongPin.getText()).contains("chưa được ký");
        tasklist.type(sign.findElement(By.id("vt-pin")), DEMO_PIN);
        tasklist.complete(sign);
        tasklist.logout();

        tasklist.login("vt.syt", PASSWORD, "Lý Thị Hương");
        tasklist.openTask("Việc của nhóm tôi", "Văn thư Sở cấp số, phát hành", id -> dispatchId.equals(view("vt.syt", id)));
        tasklist.claim();
        WebElement issue = tasklist.form("vtPhathanhForm");
        // the văn thư reads the signed PDF: the signer's signature, valid, on exactly the text shown to the signer
        byte[] signedShown = shownPdf("vt.syt", issue);
        assertThat(verifier.verify(signedShown).signatures()).singleElement()
                .satisfies(s -> assertThat(s.valid()).isTrue());
        assertThat(issue.getText()).contains("Ủy ban nhân dân thành phố Buôn Ma Thuột");
        tasklist.screenshot("phat-hanh-ban-da-ky");
        tasklist.complete(issue);
        runJobs(processInstanceOf(dispatchId));
        WebElement told = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(
                Tasklist.text("div", "Đã cấp số")));
        Map<String, Object> issued = (Map<String, Object>) object("vt.syt", "/api/dispatches/" + dispatchId).get("summary");
        assertThat(told.getText()).contains((String) issued.get("issuedSymbol"));
        tasklist.screenshot("van-thu-da-cap-so");

        // the signature is recorded with the hash of the PDF the signer was shown
        List<Map<String, Object>> history = (List<Map<String, Object>>) object("vt.syt", "/api/dispatches/"
                + dispatchId).get("history");
        assertThat(history).filteredOn(h -> "sign".equals(h.get("decision"))).singleElement()
                .satisfies(h -> assertThat(h.get("versionSha256")).isEqualTo(sha256(shown)));
        // every PDF the walk made passes the product's own checker
        assertThat(pdfs.all(java.util.UUID.fromString(dispatchId))).isGreaterThan(3);

        // Văn bản đã phát hành, from the navigation bar: the document, its number, its issued PDF
        tasklist.navbar("Văn bản đã phát hành");
        WebElement row = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='issued']//tr[td[contains(., " + Tasklist.literal(summary) + ")]]")));
        assertThat(row.getText()).contains((String) issued.get("issuedSymbol"), SIGNER);
        String pdf = row.findElement(By.tagName("a")).getAttribute("href");
        byte[] issuedPdf = bytes("vt.syt", java.net.URI.create(pdf).getPath());
        assertThat(PdfText.of(issuedPdf)).contains("Số: " + issued.get("issuedSymbol"));
        // the signer's and the agency's signatures, both valid: the seal over the signature
        assertThat(verifier.verify(issuedPdf).signatures()).hasSize(2).allSatisfy(s -> assertThat(s.valid()).isTrue());
        tasklist.screenshot("van-ban-da-phat-hanh");

        // one language per user: switching turns the Tasklist and vanthu's forms to English together
        driver.navigate().back();
        tasklist.navbar("English");
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.text("a", "Issued documents")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Start process")
                .doesNotContain("Khởi tạo quy trình");
        // the choice is the user's, not the browser's: the next one on this browser reads her own language
        tasklist.logout();
        tasklist.login("tp.syt", PASSWORD, "Mai Xuân Hiếu");
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.text("a", "Khởi tạo quy trình")));
        tasklist.logout();
        tasklist.login("vt.syt", PASSWORD, "Lý Thị Hương");
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.text("a", "Issued documents")));
        tasklist.navbar("Tiếng Việt");
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(Tasklist.text("a", "Khởi tạo quy trình")));
    }

    private String processInstanceOf(String dispatchId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dispatchId).singleResult().getId();
    }
}
