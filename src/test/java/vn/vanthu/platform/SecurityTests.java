package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Nobody anonymous reads a task, a document or the API's map: every API answers 401 without credentials. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void engineRestRefusesAnonymousCallers() throws Exception {
        assertThat(get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-instance").statusCode()).isEqualTo(401);
    }

    @Test
    void appApiRefusesAnonymousCallersWithAProblemDocument() throws Exception {
        HttpResponse<String> response = get("/api/dispatches");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void onlyCallersThatAreNoPageGetTheBasicChallenge() throws Exception {
        // a script or curl may answer the challenge; a browser would open its own password dialog over the
        // Tasklist, which blocks the page (a form polling after its session ended, a PDF in a frame)
        assertThat(get("/api/tasks").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic realm=\"vanthu\""));
        for (String[] header : new String[][] {{"X-Requested-With", "XMLHttpRequest"}, {"Cookie", "JSESSIONID=ended"}}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/tasks")).header(header[0], header[1]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(header[0]).isEqualTo(401);
            assertThat(page.headers().firstValue("WWW-Authenticate")).as(header[0]).isEmpty();
            assertThat(page.body()).as(header[0]).contains("\"status\":401");
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dispatches"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:wrong".getBytes()))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheChainApiToThoseLoggedIn() throws Exception {
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(401);
        assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(401);
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(401);

        Http http = new Http(port);
        HttpResponse<String> docs = http.get("cv.sldtbxh", "demo", "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("vanthu API", "/api/dispatches", "/api/tasks/{id}/complete", "/api/register");
        assertThat(http.get("cv.sldtbxh", "demo", "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void webappPagesCarryTheirOwnScriptNonceAndAreNeverStored() throws Exception {
        // a stored page shown again under a fresh policy header would block all its scripts: a blank Tasklist
        HttpResponse<String> page = get("/camunda/app/tasklist/default/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.regex.Matcher policy = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(policy.find()).isTrue();
        assertThat(page.body()).contains("nonce=\"" + policy.group(1) + "\"");
        HttpResponse<String> script = get("/camunda/app/tasklist/scripts/config.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
