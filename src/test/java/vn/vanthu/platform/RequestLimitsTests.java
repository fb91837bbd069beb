package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bodies an attacker sends to /api and /engine-rest: too large (413 naming the limit, nothing stored,
 * the server still answering), malformed (400 with line and column) or with a key twice (400 naming
 * the key), and values of the wrong type (400 naming the field). Never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestLimitsTests {

    private static final String JSON = "application/json";
    private static final long LIMIT = 2L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheLimitIs413NamingItAndNothingIsStored() throws Exception {
        Http http = new Http(port);
        int before = Http.list(http.json("cv.syt", "GET", "/api/dispatches", null)).size();
        byte[] justOver = draft("x".repeat((int) LIMIT));
        byte[] tenMegabytes = draft("Một đoạn văn rất dài. ".repeat(500_000));

        for (byte[] body : new byte[][] {justOver, tenMegabytes}) {
            HttpResponse<String> api = http.send("cv.syt", "demo", "POST", "/api/dispatches", JSON, body);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(413);
            assertThat(api.body()).contains("\"limit\":\"vanthu.limits.request-body\"", "\"maxBytes\":" + LIMIT);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
        }
        // a user's write to the engine is refused before its body is read (EngineWriteGuard): an administrator's
        // reaches the body limit
        HttpResponse<String> engine = http.send("admin", "admin", "POST", "/engine-rest/process-definition/key/"
                + "so-ban-hanh/start", JSON, justOver);
        assertThat(engine.statusCode()).isEqualTo(413);
        assertThat(engine.body()).contains("vanthu.limits.request-body");

        assertThat(Http.list(http.json("cv.syt", "GET", "/api/dispatches", null))).hasSize(before);
        assertThat(http.json("cv.syt", "GET", "/api/tasks", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyIsCountedAsItIsRead() throws Exception {
        Http http = new Http(port);
        byte[] body = draft("y".repeat((int) LIMIT + 10));
        // no Content-Length: the size is only known while reading
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/dispatches")).header("Authorization", Http.basic("cv.syt", "demo"))
                .header("Content-Type", JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("vanthu.limits.request-body");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() throws Exception {
        Http http = new Http(port);
        String broken = "{\n  \"chain\": \"so-ban-hanh\",\n  \"document\": {\"type\": \"cong-van\",, }\n}";
        for (String path : new String[] {"/api/dispatches", "/engine-rest/process-definition/key/so-ban-hanh/start"}) {
            boolean engine = path.startsWith("/engine-rest");
            HttpResponse<String> response = http.send(engine ? "admin" : "cv.syt", engine ? "admin" : "demo", "POST",
                    path, JSON, bytes(broken));
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("\"title\":\"MalformedJson\"", "\"line\":3", "\"column\":")
                    .contains("dòng 3").doesNotContain("Exception");
        }
        HttpResponse<String> truncated = http.send("cv.syt", "demo", "POST", "/api/dispatches", JSON, bytes("{\"chain\":"));
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).contains("\"line\":1");
        HttpResponse<String> twoValues = http.send("cv.syt", "demo", "POST", "/api/dispatches", JSON, bytes("{} {}"));
        assertThat(twoValues.statusCode()).isEqualTo(400);
        assertThat(twoValues.body()).contains("nội dung thừa");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(http.send("cv.syt", "demo", "POST", "/api/dispatches", JSON, bytes(deep)).statusCode()).isEqualTo(400);
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedNamingIt() throws Exception {
        Http http = new Http(port);
        String api = "{\"chain\":\"so-ban-hanh\",\"chain\":\"so-trinh-ubnd\",\"document\":{}}";
        HttpResponse<String> onApi = http.send("cv.syt", "demo", "POST", "/api/dispatches", JSON, bytes(api));
        assertThat(onApi.statusCode()).isEqualTo(400);
        assertThat(onApi.body()).contains("\"field\":\"chain\"", "hai lần");

        // the forged-variable shape: a filter reading the first dispatchId, the engine the last
        String engine = "{\"variables\":{\"dispatchId\":{\"value\":\"a\"},\"dispatchId\":{\"value\":\"b\"}}}";
        HttpResponse<String> onEngine = http.send("admin", "admin", "POST",
                "/engine-rest/process-definition/key/so-ban-hanh/start", JSON, bytes(engine));
        assertThat(onEngine.statusCode()).isEqualTo(400);
        assertThat(onEngine.body()).contains("\"field\":\"variables.dispatchId\"");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        Http http = new Http(port);
        String id = (String) Http.object(http.json("cv.syt", "POST", "/api/dispatches", java.util.Map.of(
                "chain", "so-ban-hanh", "document", java.util.Map.of("type", "cong-van", "summary", "thử giới hạn",
                        "recipients", java.util.List.of("UBND các huyện"), "body", "Nội dung.")))).get("id");
        HttpResponse<String> wrong = http.send("cv.syt", "demo", "POST", "/api/dispatches/" + id + "/start", JSON,
                bytes("{\"consultationDays\": {\"a\": 1}}"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.body()).contains("consultationDays").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static byte[] draft(String body) {
        String json = "{\"chain\":\"so-ban-hanh\",\"document\":{\"type\":\"cong-van\",\"summary\":\"quá lớn\","
                + "\"recipients\":[\"UBND các huyện\"],\"body\":\"" + body + "\"}}";
        return bytes(json);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
