package vn.vanthu.exchange;

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

/** The exchange API as a demo user calls it: HTTP Basic, JSON (or edXML) in, JSON out. */
final class ExchangeApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    ExchangeApi(int port) {
        this.port = port;
    }

    HttpResponse<String> call(String user, String method, String path, Object body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body instanceof byte[] raw ? raw : json.writeValueAsBytes(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(user))
                .header("Content-Type", body instanceof byte[] ? "application/xml" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The bytes a GET answers with 200 (a PDF). */
    byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " → " + response.statusCode());
        }
        return response.body();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** The call's JSON answer, after checking its status. */
    <T> T ok(HttpResponse<String> response, int status, TypeReference<T> type) throws Exception {
        if (response.statusCode() != status) {
            throw new AssertionError(response.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return json.readValue(response.body(), type);
    }

    Map<String, Object> object(String user, String path) throws Exception {
        return ok(call(user, "GET", path, null), 200, new TypeReference<>() { });
    }

    List<Map<String, Object>> list(String user, String path) throws Exception {
        return ok(call(user, "GET", path, null), 200, new TypeReference<>() { });
    }

    /** The user's open receiving task at the step for the văn bản đến. */
    String task(String user, String step, String incomingId) throws Exception {
        return list(user, "/api/exchange/tasks").stream()
                .filter(t -> step.equals(t.get("step")) && incomingId.equals(t.get("incomingId")))
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no task " + step + " for " + incomingId));
    }

    void decide(String user, String step, String incomingId, Map<String, Object> decision) throws Exception {
        HttpResponse<String> response = call(user, "POST", "/api/exchange/tasks/" + task(user, step, incomingId)
                + "/complete", decision);
        if (response.statusCode() != 204) {
            throw new AssertionError(user + " could not decide " + step + ": " + response.statusCode() + " "
                    + response.body());
        }
    }
}
