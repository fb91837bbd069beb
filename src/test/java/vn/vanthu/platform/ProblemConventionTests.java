package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One shape for every refusal, whoever refuses: a servlet filter (no login, malformed JSON), Spring MVC before any
 * controller is chosen (no route, a method, media type or Accept not served, an upload over the limit), the
 * binding of a parameter, or a feature's named fact. Each answers with problem+json whose type is
 * {@code urn:vanthu:problem:<title>}, whose detail is in the user's words, whose instance is the path, and whose
 * "errors" name the fields at fault; none is a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemConventionTests {

    private static final String BOUNDARY = "vanthu-test-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    @LocalServerPort
    int port;

    @Test
    void theFiltersRefuseInTheConvention() throws Exception {
        Http http = new Http(port);
        assertProblem(http.get(null, null, "/api/dispatches"), 401, "NotLoggedIn", "/api/dispatches", List.of());
        HttpResponse<String> malformed = http.send("cv.sldtbxh", "demo", "POST", "/api/dispatches",
                "application/json", "{bad".getBytes(StandardCharsets.UTF_8));
        assertProblem(malformed, 400, "MalformedJson", "/api/dispatches", List.of());
        assertThat(Http.object(malformed)).containsEntry("line", 1).containsEntry("column", 2);

        // a value of the wrong kind is named with what the field takes, in the clerk's words, not Java's classes
        HttpResponse<String> kind = http.send("vt.sldtbxh", "demo", "PUT", "/api/exchange/recipients/mappings",
                "application/json", "{\"agency\":\"sldtbxh\",\"line\":\"x\",\"targets\":[{\"kind\":\"BOGUS\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(kind, 400, "UnreadableRequest", "/api/exchange/recipients/mappings", List.of("targets[0].kind"));
        assertThat(detail(kind)).contains("phải là một trong AGENCY, EXTERNAL, PERSON, EMAIL (đang là 'BOGUS')")
                .doesNotContain("vn.vanthu", "Cannot deserialize", "$");
        HttpResponse<String> text = http.send("cv.sldtbxh", "demo", "POST", "/api/dispatches", "application/json",
                "{\"chain\":\"so-ban-hanh\",\"document\":\"cong-van\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(text, 400, "UnreadableRequest", "/api/dispatches", List.of("document"));
        assertThat(detail(text)).contains("phải là một nhóm trường").doesNotContain("java.", "Cannot deserialize");
        // well-formed JSON of the wrong shape as a whole is no syntax error, and names no Java class either
        HttpResponse<String> array = http.send("cv.sldtbxh", "demo", "POST", "/api/dispatches", "application/json",
                "[]".getBytes(StandardCharsets.UTF_8));
        assertProblem(array, 400, "UnreadableRequest", "/api/dispatches", List.of());
        assertThat(detail(array)).contains("phải là một nhóm trường").doesNotContain("vn.vanthu", "java.", "`");
        HttpResponse<String> string = http.send("cv.sldtbxh", "demo", "PUT", "/api/me/language", "application/json",
                "\"vi\"".getBytes(StandardCharsets.UTF_8));
        assertProblem(string, 400, "UnreadableRequest", "/api/me/language", List.of());
        assertThat(detail(string)).doesNotContain("vn.vanthu", "MeController", "Cannot construct");
        HttpResponse<String> uuid = http.send("cv.sldtbxh", "demo", "POST", "/api/dispatches", "application/json",
                "{\"chain\":\"so-ban-hanh\",\"document\":{},\"replyTo\":\"văn-bản-đến\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(uuid, 400, "UnreadableRequest", "/api/dispatches", List.of("replyTo"));
        assertThat(detail(uuid)).contains("phải là một mã dạng").doesNotContain("nhóm trường");
        // the engine API's write guard: the same shape, the instance too, and Camunda's "message" for the Tasklist
        String complete = "/engine-rest/task/" + java.util.UUID.randomUUID() + "/complete";
        HttpResponse<String> write = http.send("tp.sldtbxh", "demo", "POST", complete, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(write, 403, "UseVanthuApi", complete, List.of());
        assertThat(Http.object(write)).containsEntry("message", detail(write));
    }

    @Test
    void springsRefusalsBeforeAnyControllerAreInTheConvention() throws Exception {
        Http http = new Http(port);
        assertProblem(http.get("cv.sldtbxh", "demo", "/api/nothing-here"), 404, "NotFound", "/api/nothing-here",
                List.of());
        assertProblem(http.send("cv.sldtbxh", "demo", "DELETE", "/api/dispatches", null, null), 405,
                "MethodNotAllowed", "/api/dispatches", List.of());
        HttpResponse<String> pdfAsBody = http.send(null, null, "POST", "/api/verify", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertProblem(pdfAsBody, 415, "UnsupportedMediaType", "/api/verify", List.of());
        assertThat(detail(pdfAsBody)).contains("multipart/form-data");
        HttpResponse<String> text = http.send("cv.sldtbxh", "demo", "POST", "/api/dispatches", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8));
        assertProblem(text, 415, "UnsupportedMediaType", "/api/dispatches", List.of());
        assertThat(detail(text)).contains("application/json");

        HttpResponse<String> xml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/dispatches"))
                .header("Authorization", Http.basic("cv.sldtbxh", "demo")).header("Accept", "application/xml").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(xml, 406, "NotAcceptable", "/api/dispatches", List.of());
        assertThat(detail(xml)).contains("application/json");
    }

    @Test
    void parametersAndFilesAtFaultAreEachNamed() throws Exception {
        Http http = new Http(port);
        assertProblem(http.get("cv.sldtbxh", "demo", "/api/dispatches/not-a-uuid"), 400, "InvalidParameter",
                "/api/dispatches/not-a-uuid", List.of("id"));
        assertProblem(http.get("vt.sldtbxh", "demo", "/api/register"), 400, "InvalidParameter", "/api/register",
                List.of("agency", "year"));
        assertProblem(http.get("vt.sldtbxh", "demo", "/api/register?agency=S%C6%A0&year=abc"), 400,
                "InvalidParameter", "/api/register", List.of("agency", "year"));
        assertProblem(http.get("vt.sldtbxh", "demo", "/api/register?agency=sldtbxh"), 400, "InvalidParameter",
                "/api/register", List.of("year"));
        // the sổ văn bản đến reads the same two parameters the same way
        assertProblem(http.get("vt.sldtbxh", "demo", "/api/exchange/incoming"), 400, "InvalidParameter",
                "/api/exchange/incoming", List.of("agency", "year"));
        assertProblem(http.get("vt.sldtbxh", "demo", "/api/exchange/incoming?agency=S%C6%A0&year=26"), 400,
                "InvalidParameter", "/api/exchange/incoming", List.of("agency", "year"));

        assertProblem(upload(http, "other", "x.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), 400,
                "MissingFile", "/api/verify", List.of("file"));
        assertProblem(upload(http, "file", "x.pdf", "hello".getBytes(StandardCharsets.US_ASCII)), 400, "NotAPdf",
                "/api/verify", List.of("file"));
        assertProblem(upload(http, "file", "big.pdf", new byte[10 * 1024 * 1024 + 1]), 413, "RequestTooLarge",
                "/api/verify", List.of());
    }

    /** Camunda's engine REST answered 500 to an id of a task that is gone (done meanwhile, or never there). */
    @Test
    void theEngineRestRefusesATaskThatIsGoneAsTheCallersFault() throws Exception {
        Http http = new Http(port);
        String gone = "/engine-rest/task/" + java.util.UUID.randomUUID();
        HttpResponse<String> claim = http.send("tp.sldtbxh", "demo", "POST", gone + "/claim", "application/json",
                "{\"userId\":\"tp.sldtbxh\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(claim, 400, "NothingThere", null, List.of());
        // the deployed form's read ended in Camunda's NullPointerException, its Java message sent to the caller
        for (String read : TASK_READS) {
            HttpResponse<String> response = http.get("tp.sldtbxh", "demo", gone + read);
            assertProblem(response, 400, "NothingThere", null, List.of());
            assertThat(response.body()).as(read).doesNotContain("Exception", "TaskEntity");
        }
    }

    /** The Tasklist's own engine API, which takes no exception mapper, answered five of the same reads with 500. */
    @Test
    void theTasklistsEngineApiRefusesATaskThatIsGoneAsTheCallersFaultToo() {
        vn.vanthu.support.Api.Session tasklist = new vn.vanthu.support.Api(port).session("tp.sldtbxh");
        String gone = "/camunda/api/engine/engine/default/task/" + java.util.UUID.randomUUID();
        for (String read : TASK_READS) {
            HttpResponse<String> response = tasklist.send("GET", gone + read, null);
            assertThat(response.statusCode()).as(read + " " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(read).contains("urn:vanthu:problem:NothingThere", "\"message\"")
                    .doesNotContain("Exception", "TaskEntity");
        }
        // a task that is there reads as before: the engine's own answer, untouched
        assertThat(tasklist.send("POST", "/camunda/api/engine/engine/default/task", Map.of()).statusCode())
                .isEqualTo(200);
    }

    /** Reads of a task's parts that Camunda answered with 500 when the task is gone. */
    private static final List<String> TASK_READS = List.of("/deployed-form", "/rendered-form", "/variables",
            "/localVariables", "/identity-links", "/variables/x", "/variables/x/data", "/localVariables/x/data");

    /** The same for a process instance's and an execution's variables, and a task query with no group in its list. */
    @Test
    void theEngineRefusesAGoneInstancesVariablesAndAnEmptyGroupListAsTheCallersFault() throws Exception {
        Http http = new Http(port);
        String gone = java.util.UUID.randomUUID().toString();
        for (String read : List.of("/engine-rest/process-instance/" + gone + "/variables/x",
                "/engine-rest/process-instance/" + gone + "/variables/x/data",
                "/engine-rest/execution/" + gone + "/localVariables/x")) {
            HttpResponse<String> response = http.get("tp.sldtbxh", "demo", read);
            assertProblem(response, 400, "NothingThere", read, List.of());
            assertThat(response.body()).as(read).doesNotContain("Exception", "is null");
        }
        for (HttpResponse<String> empty : List.of(http.get("tp.sldtbxh", "demo", "/engine-rest/task?candidateGroups="),
                http.get("tp.sldtbxh", "demo", "/engine-rest/task/count?candidateGroups="),
                http.send("tp.sldtbxh", "demo", "POST", "/engine-rest/task", "application/json",
                        "{\"orQueries\":[{\"candidateGroups\":[]}]}".getBytes(StandardCharsets.UTF_8)))) {
            assertProblem(empty, 400, "InvalidParameter", null, List.of("candidateGroups"));
            assertThat(empty.body()).doesNotContain("Exception", "Candidate group list");
        }
        // a query that is fine is the engine's own answer, untouched
        assertThat(http.get("tp.sldtbxh", "demo", "/engine-rest/task?candidateGroups=sldtbxh").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEngineRestRefusesANegativePageNamingIt() throws Exception {
        Http http = new Http(port);
        assertProblem(http.get("tp.sldtbxh", "demo", "/engine-rest/task?maxResults=-1"), 400, "InvalidParameter",
                null, List.of("maxResults"));
        assertProblem(http.get("tp.sldtbxh", "demo", "/engine-rest/task?firstResult=-5&maxResults=-1"), 400,
                "InvalidParameter", null, List.of("firstResult", "maxResults"));
        assertThat(http.get("tp.sldtbxh", "demo", "/engine-rest/task?firstResult=0&maxResults=1").statusCode())
                .isEqualTo(200);
    }

    /** A value of thousands of characters was sent back whole in the problem, and an empty edXML upload called JSON. */
    @Test
    void aRefusalRepeatsAValueCutShortAndNamesTheKindOfBodyItMissed() throws Exception {
        Http http = new Http(port);
        String big = "x".repeat(5000);
        List<HttpResponse<String>> refusals = List.of(http.get("cv.sldtbxh", "demo", "/api/dispatches/" + big),
                http.get("vt.sldtbxh", "demo", "/api/register?agency=" + big + "&year=2025"),
                http.get("vt.sldtbxh", "demo", "/api/register?agency=sldtbxh&year=" + big),
                http.send("vt.sldtbxh", "demo", "POST", "/api/exchange/inbox/" + big, "application/xml",
                        "<a/>".getBytes(StandardCharsets.UTF_8)));
        for (HttpResponse<String> refusal : refusals) {
            String detail = detail(refusal);
            assertThat(refusal.statusCode()).as(detail).isEqualTo(400);
            assertThat(detail).as(detail).contains("x".repeat(80) + "… (5000 ký tự)").hasSizeLessThan(300);
        }
        HttpResponse<String> empty = http.send("vt.sldtbxh", "demo", "POST", "/api/exchange/inbox/sldtbxh",
                "application/xml", new byte[0]);
        assertProblem(empty, 400, "UnreadableRequest", "/api/exchange/inbox/sldtbxh", List.of());
        assertThat(detail(empty)).contains("application/xml").doesNotContain("JSON");
    }

    /** Tomcat refuses these before any filter runs, and answered with its own English HTML page. */
    @Test
    void tomcatsOwnRefusalsAreProblemsToo() throws Exception {
        for (String path : List.of("/api/a%2Fb", "/api/a%00b", "/%", "/a%5c..%5cb", "/engine-rest/%2F",
                "/api/dispatches?q=" + "x".repeat(100_000))) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String what = path.substring(0, Math.min(path.length(), 40)) + " → " + response;
            assertThat(response).as(what).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("<html")
                    .containsIgnoringCase("Content-Type: application/problem+json");
            Map<String, Object> problem = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(response.substring(response.indexOf('{')), Map.class);
            assertThat(problem).as(what).containsEntry("type", "urn:vanthu:problem:BadRequest")
                    .containsEntry("status", 400).doesNotContainKey("instance");
            assertThat((String) problem.get("detail")).as(what).contains("không đọc được yêu cầu");
        }
        // what the application answers itself is untouched: its own problem, with the path
        assertThat(raw("GET /api/nothing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 401").contains("urn:vanthu:problem:NotLoggedIn").contains("\"instance\"");
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> upload(Http http, String field, String name, byte[] content)
            throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + name + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(null, null, "POST", "/api/verify", MULTIPART, body);
    }

    private static String detail(HttpResponse<String> response) throws Exception {
        return (String) Http.object(response).get("detail");
    }

    @SuppressWarnings("unchecked")
    private static void assertProblem(HttpResponse<String> response, int status, String title, String path,
            List<String> fields) throws Exception {
        String what = status + " " + title + ": " + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        Map<String, Object> problem = Http.object(response);
        assertThat(problem).as(what).containsEntry("type", "urn:vanthu:problem:" + title)
                .containsEntry("title", title).containsEntry("status", status);
        if (path != null) {
            assertThat(problem).as(what).containsEntry("instance", path);
        }
        // the user's words: Vietnamese, not the framework's English
        assertThat((String) problem.get("detail")).as(what).containsPattern("[À-ỹĐđ]")
                .doesNotContain("is not supported", "Maximum upload", "No static resource",
                        "Acceptable representations");
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.getOrDefault("errors", List.of());
        assertThat(errors).as(what).extracting(e -> e.get("field")).containsExactlyElementsOf(fields);
        assertThat(errors).as(what).allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
    }
}
