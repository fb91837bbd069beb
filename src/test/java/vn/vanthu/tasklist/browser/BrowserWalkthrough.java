package vn.vanthu.tasklist.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What both Tasklist walkthroughs need: a fresh headless Chromium per test, the app's REST API as a
 * demo user, the jobs the test profile leaves to the test, and a screenshot when a walk fails.
 */
abstract class BrowserWalkthrough {

    static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    vn.vanthu.support.CheckedPdfs pdfs;

    ChromeDriver driver;
    Tasklist tasklist;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** One walk through the Tasklist; a failure leaves a screenshot and the page source. */
    interface Walk {
        void run() throws Exception;
    }

    /** The browser's own language: what a user's office computer says, which vanthu does not follow. */
    String browserLanguage() {
        return "vi";
    }

    @BeforeEach
    void browser() throws Exception {
        driver = Browser.start(browserLanguage());
        tasklist = new Tasklist(driver, "http://localhost:" + port, screenshots());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    void walking(String name, Walk walk) throws Exception {
        try {
            walk.run();
        } catch (Throwable t) {
            try {
                tasklist.screenshot(name + "failure");
                tasklist.source(name + "failure");
            } catch (Exception e) {
                t.addSuppressed(e);
            }
            throw t;
        }
    }

    /** {@code <build dir>/screenshots}: the test classes sit in {@code <build dir>/test-classes}. */
    private Path screenshots() throws Exception {
        Path classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().resolve("screenshots");
    }

    /** Runs the due jobs of the process instance, timers excepted, as the job executor would. */
    void runJobs(String processInstance) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstance).executable().list()
                    .stream().filter(j -> !(j instanceof TimerEntity)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        throw new AssertionError("jobs of " + processInstance + " still due after 10 rounds");
    }

    HttpResponse<byte[]> get(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    Map<String, Object> object(String user, String path) throws Exception {
        HttpResponse<byte[]> response = get(user, path);
        assertThat(response.statusCode()).as(path + " " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return json.readValue(response.body(), new TypeReference<>() { });
    }

    /** The SHA-256 of bytes, in hex, as vanthu records it. */
    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The PDF the open form shows (the frame's address), downloaded as the user. */
    byte[] shownPdf(String user, WebElement form) throws Exception {
        WebElement frame = tasklist.await().until(d -> form.findElements(By.cssSelector("iframe.vt-pdf")).stream()
                .filter(f -> f.getAttribute("src") != null && f.getAttribute("src").contains("/api/")).findFirst()
                .orElse(null));
        return bytes(user, URI.create(frame.getAttribute("src")).getPath());
    }

    byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = get(user, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    /** The id of the task the browser shows (its address). */
    String currentTask() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]task=([0-9a-fA-F-]+)")
                .matcher(driver.getCurrentUrl());
        assertThat(m.find()).as(driver.getCurrentUrl()).isTrue();
        return m.group(1);
    }

    /** The dispatch of a task as the user sees it, or null when the user may not see it. */
    String view(String user, String taskId) {
        try {
            return (String) object(user, "/api/tasks/" + taskId + "/view").get("dispatchId");
        } catch (Exception | AssertionError e) {
            System.err.println("view of " + taskId + " as " + user + " failed: " + e);
            return null;
        }
    }
}
