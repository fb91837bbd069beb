package vn.vanthu.platform;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Takes dispatches of chain 1 (Sở ban hành) through the public REST API as an agency's demo users:
 * draft, approve, sign, then the văn thư's "issue", which numbers and renders in an asynchronous job.
 * The one place the cluster and crash tests know the API's shapes.
 */
final class IssueDriver {

    private final Http http;
    private final String agency;

    IssueDriver(Http http, String agency) {
        this.http = http;
        this.agency = agency;
    }

    /** A new dispatch carried to the văn thư's step; returns its id. */
    String signed(String summary) throws Exception {
        HttpResponse<String> created = http.json(user("cv"), "POST", "/api/dispatches", Map.of("chain", "so-ban-hanh",
                "document", Map.of("type", "cong-van", "summary", summary,
                        "recipients", List.of("UBND các huyện, thị xã, thành phố"),
                        "body", "Nội dung văn bản " + summary + ".")));
        expect(created, 201);
        String id = (String) Http.object(created).get("id");
        expect(http.json(user("cv"), "POST", "/api/dispatches/" + id + "/start", Map.of()), 200);
        decide("cv", id, "soan-thao", "submit");
        decide("tp", id, "truong-phong-duyet", "approve");
        decide("gd", id, "lanh-dao-so-ky", "sign");
        return id;
    }

    /** The văn thư asks for the number; an asynchronous job gives it (and renders the issued PDF). */
    void issue(String id) throws Exception {
        decide("vt", id, "van-thu-so-phat-hanh", "issue");
    }

    /** What a văn thư does after a crash: issue again if the task is still in her list (her request was lost). */
    boolean issueIfStillOpen(String id) throws Exception {
        HttpResponse<String> tasks = http.json(user("vt"), "GET", "/api/tasks", null);
        expect(tasks, 200);
        boolean open = Http.list(tasks).stream().anyMatch(t -> "van-thu-so-phat-hanh".equals(t.get("step"))
                && id.equals(t.get("dispatchId")));
        if (open) {
            issue(id);
        }
        return open;
    }

    /** The dispatch's state as its drafter reads it (ISSUED once numbered). */
    String state(String id) throws Exception {
        HttpResponse<String> detail = http.json(user("cv"), "GET", "/api/dispatches/" + id, null);
        expect(detail, 200);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) Http.object(detail).get("summary");
        return (String) summary.get("state");
    }

    /** As the form does: the decision names the version shown (its hash); a signature carries the demo PIN. */
    private void decide(String role, String id, String step, String decision) throws Exception {
        String task = task(user(role), step, id);
        HttpResponse<String> view = http.json(user(role), "GET", "/api/tasks/" + task + "/view", null);
        expect(view, 200);
        @SuppressWarnings("unchecked")
        String shown = (String) ((Map<String, Object>) Http.object(view).get("subject")).get("sha256");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("decision", decision, "comment", "",
                "versionSha256", shown));
        if (decision.equals("sign")) {
            body.put("pin", DEMO_PIN);
        }
        expect(http.json(user(role), "POST", "/api/tasks/" + task + "/complete", body), 200);
    }

    /** The demo PIN of every demo key (docs/signing.md). */
    static final String DEMO_PIN = "12345678";

    private String task(String user, String step, String id) throws Exception {
        HttpResponse<String> tasks = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            tasks = http.json(user, "GET", "/api/tasks", null);
            if (tasks.statusCode() == 200) {
                var found = Http.list(tasks).stream().filter(t -> step.equals(t.get("step"))
                        && id.equals(t.get("dispatchId"))).map(t -> (String) t.get("id")).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(user + " has no task " + step + " for " + id + ": " + tasks.body());
    }

    private String user(String role) {
        return role + "." + agency;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " → "
                    + response.statusCode() + " " + response.body());
        }
    }
}
