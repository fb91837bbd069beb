package vn.vanthu.workflow.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The REST API as a demo user calls it: HTTP Basic, JSON in and out. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return http.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    byte[] bytes(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " → " + response.statusCode());
        }
        return response.body();
    }

    Map<String, Object> object(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), new TypeReference<>() { });
    }

    List<Map<String, Object>> list(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), new TypeReference<>() { });
    }

    /** The caller's open task at a step, through GET /api/tasks (waiting a moment for asynchronous steps). */
    String task(String user, String step, String dispatchId) throws Exception {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            response = send(user, "GET", "/api/tasks", null);
            var found = list(response).stream().filter(t -> step.equals(t.get("step"))
                    && dispatchId.equals(t.get("dispatchId")))
                    .map(t -> (String) t.get("id")).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(user + " has no task " + step + ": " + response.statusCode() + " " + response.body());
    }

    void decide(String user, String dispatchId, String step, String decision) throws Exception {
        decide(user, task(user, step, dispatchId), Map.of("decision", decision, "comment", ""));
    }

    void decide(String user, String taskId, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = send(user, "POST", "/api/tasks/" + taskId + "/complete", body);
        if (response.statusCode() != 204) {
            throw new AssertionError(user + " could not decide: " + response.statusCode() + " " + response.body());
        }
    }
}
