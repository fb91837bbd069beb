package vn.vanthu.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * vanthu's HTTP APIs as a client calls them: HTTP Basic with a demo user (null: anonymous), or the Camunda
 * webapps' session after the Tasklist login (with its CSRF token), JSON in and out.
 */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** A request as a demo user (password "demo"; "admin" uses "admin"), or anonymous when user is null. */
    public HttpResponse<String> send(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return send(request.method(method, body(body)).build());
    }

    /** A request with a raw body of the given media type (none when null), as a careless client sends it. */
    public HttpResponse<String> send(String user, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The bytes of a GET (a PDF), failing unless 200. */
    public byte[] bytes(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(url(path)).header("Authorization", basic(user)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " → " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    public Map<String, Object> object(HttpResponse<String> response) {
        return read(response, new TypeReference<>() { });
    }

    public List<Map<String, Object>> list(HttpResponse<String> response) {
        return read(response, new TypeReference<>() { });
    }

    /** The caller's open task at a step of a dispatch, through GET /api/tasks. */
    public String task(String user, String step, String dispatchId) {
        HttpResponse<String> response = send(user, "GET", "/api/tasks", null);
        return list(response).stream().filter(t -> step.equals(t.get("step")) && dispatchId.equals(t.get("dispatchId")))
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no task " + step + ": " + response.body()));
    }

    /** The form view of a task, as the form loads it. */
    public Map<String, Object> view(String user, String taskId) {
        HttpResponse<String> response = send(user, "GET", "/api/tasks/" + taskId + "/view", null);
        if (response.statusCode() != 200) {
            throw new AssertionError(user + " cannot open " + taskId + ": " + response.body());
        }
        return object(response);
    }

    /**
     * Decides the user's task at a step the way the form does: opens the view, then sends the decision with
     * the SHA-256 of the version shown; more fields (comment, document, receptions, signer) as given.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> decide(String user, String dispatchId, String step, String decision,
            Map<String, Object> more) {
        String taskId = task(user, step, dispatchId);
        Map<String, Object> subject = (Map<String, Object>) view(user, taskId).get("subject");
        Map<String, Object> body = new java.util.HashMap<>(more);
        body.put("decision", decision);
        body.put("versionSha256", subject.get("sha256"));
        if ("sign".equals(decision)) {
            body.putIfAbsent("pin", ChainDriver.DEMO_PIN);
        }
        HttpResponse<String> response = send(user, "POST", "/api/tasks/" + taskId + "/complete", body);
        if (response.statusCode() != 200) {
            throw new AssertionError(user + " could not " + decision + " at " + step + ": " + response.statusCode()
                    + " " + response.body());
        }
        return object(response);
    }

    /** A logged-in Tasklist session of the user, as the browser holds it. */
    public Session session(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password(user), StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                    url("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new AssertionError(user + " could not log in: " + login.statusCode());
            }
            // the login starts a new session, and the CSRF token belongs to the session
            HttpResponse<String> again = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Session(browser, again.headers().firstValue("X-XSRF-TOKEN").orElse(token));
        } catch (Exception e) {
            throw new AssertionError(user, e);
        }
    }

    /** A webapp session: its cookies and CSRF token. */
    public final class Session {
        private final HttpClient browser;
        private final String token;

        Session(HttpClient browser, String token) {
            this.browser = browser;
            this.token = token;
        }

        public HttpResponse<String> send(String method, String path, Object body) {
            HttpRequest request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", token).method(method, body(body)).build();
            try {
                return browser.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new AssertionError(path, e);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri().toString(), e);
        }
    }

    private HttpRequest.BodyPublisher body(Object body) {
        try {
            return body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
