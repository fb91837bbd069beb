package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.support.Api;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Step;

/**
 * Role × agency × action over the real HTTP endpoints, /api and Camunda's engine REST (public and the
 * Tasklist's), including every forged-variable request a hostile probe tried: each user gets exactly what
 * their role and agency allow — 0 unauthorised reads or completions, and what is allowed works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    static final List<String> SO = List.of("cv.sldtbxh", "tp.sldtbxh", "gd.sldtbxh", "pgd.sldtbxh", "vt.sldtbxh");
    static final List<String> OTHER = List.of("cv.stp", "tp.stp", "gd.stp", "pgd.stp", "vt.stp");
    static final List<String> UBND = List.of("cv.ubnd", "cvp.ubnd", "ct.ubnd", "pct.ubnd", "vt.ubnd");

    /**
     * One action: who may do it; "once" when only the first allowed succeeds (it changes state); anonymous
     * callers get 401 unless the row is open to anyone on purpose.
     */
    record Row(String action, String method, String path, Object body, Set<String> allowed, boolean once,
            boolean anonymous) {
        Row(String action, String method, String path, Object body, Set<String> allowed, boolean once) {
            this(action, method, path, body, allowed, once, false);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ChainDriver chain;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api api;
    UUID inReview;
    UUID issued;
    UUID consulting;
    UUID stpDraft;
    String reviewTask;
    String consultationTask;
    String reviewInstance;
    StoredVersion reviewed;

    @BeforeAll
    void fixtures() {
        api = new Api(port);
        inReview = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("ma trận phân quyền: đang duyệt"));
        reviewInstance = chain.start("cv.sldtbxh", inReview);
        chain.decide("cv.sldtbxh", reviewInstance, Step.SOAN_THAO, "submit", "");
        Task review = chain.task(reviewInstance, Step.TRUONG_PHONG_DUYET);
        reviewTask = review.getId();
        reviewed = chain.subject(review);

        consulting = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("ma trận phân quyền: xin ý kiến"));
        String pi = chain.start("cv.sldtbxh", consulting, null, List.of("stp"), 5);
        chain.decide("cv.sldtbxh", pi, Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.runJobs();
        consultationTask = chain.task(pi, Step.CHO_Y_KIEN).getId();

        stpDraft = chain.draft("cv.stp", Chains.SO_BAN_HANH, Drafts.congVan("ma trận phân quyền: dự thảo của Sở Tư pháp"));

        // one issued and sent (to Sở Tư pháp, in this vanthu): what was sent and its statuses
        Map<String, Object> toStp = new java.util.HashMap<>(Drafts.congVan("ma trận phân quyền: đã gửi"));
        toStp.put("recipients", List.of("Sở Tư pháp"));
        toStp.put("distribution", Map.of("recipients", List.of("Như trên")));
        issued = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, toStp);
        String issuing = chain.start("cv.sldtbxh", issued);
        chain.decide("cv.sldtbxh", issuing, Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", issuing, Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", issuing, Step.LANH_DAO_SO_KY, "sign", "");
        chain.decide("vt.sldtbxh", issuing, Step.VAN_THU_SO_PHAT_HANH, "issue", "");
        chain.runJobs();
    }

    List<String> users() {
        List<String> all = new ArrayList<>(SO);
        all.addAll(OTHER);
        all.addAll(UBND);
        all.add("admin");
        return all;
    }

    List<Row> vanthuApi() {
        Set<String> so = Set.copyOf(SO);
        Set<String> soAndConsulted = new java.util.HashSet<>(SO);
        soAndConsulted.addAll(OTHER);
        int year = LocalDate.now().getYear();
        Map<String, Object> decision = Map.of("decision", "return", "comment", "Trả lại để kiểm tra ma trận.",
                "versionSha256", reviewed.pdfSha256());
        return List.of(
                new Row("read a draft in review", "GET", "/api/dispatches/" + inReview, null, so, false),
                new Row("read its PDF", "GET", "/api/dispatches/" + inReview + "/versions/1/pdf", null, so, false),
                new Row("read its versions", "GET", "/api/dispatches/" + inReview + "/versions", null, so, false),
                new Row("read a consulted draft", "GET", "/api/dispatches/" + consulting, null, soAndConsulted, false),
                new Row("read the register", "GET", "/api/register?agency=sldtbxh&year=" + year, null, so, false),
                new Row("read the register as CSV", "GET", "/api/register.csv?agency=sldtbxh&year=" + year, null, so,
                        false),
                new Row("list issued documents", "GET", "/api/issued?agency=sldtbxh", null, so, false),
                new Row("open the review task", "GET", "/api/tasks/" + reviewTask + "/view", null,
                        Set.of("tp.sldtbxh"), false),
                new Row("open the consultation task", "GET", "/api/tasks/" + consultationTask + "/view", null,
                        Set.of("gd.stp", "pgd.stp"), false),
                new Row("edit another's draft", "PUT", "/api/dispatches/" + stpDraft, Drafts.congVan("đổi trích yếu"),
                        Set.of("cv.stp"), false),
                new Row("answer for a consulted agency", "POST", "/api/tasks/" + consultationTask + "/complete",
                        Map.of("decision", "agree", "comment", "", "version", 0), Set.of(), false),
                new Row("decide the review", "POST", "/api/tasks/" + reviewTask + "/complete", decision,
                        Set.of("tp.sldtbxh"), true),
                new Row("start another's draft", "POST", "/api/dispatches/" + stpDraft + "/start", Map.of(),
                        Set.of("cv.stp"), true),
                // only a Sở's chuyên viên drafts: both chains are a Sở's
                new Row("create a draft", "POST", "/api/dispatches", Map.of("chain", Chains.SO_BAN_HANH, "document",
                        Drafts.congVan("ma trận phân quyền: dự thảo mới")), Set.of("cv.sldtbxh", "cv.stp"), false));
    }

    /** The endpoints around the chain: comparison, own settings, exchange, verification, operations. */
    List<Row> aroundTheChain() {
        Set<String> so = Set.copyOf(SO);
        Set<String> people = new java.util.HashSet<>(users());
        people.remove("admin");
        int year = LocalDate.now().getYear();
        Set<String> everyone = Set.copyOf(users());
        return List.of(
                new Row("compare two drafts", "GET", "/api/dispatches/" + inReview + "/versions/1/changes", null, so,
                        false),
                new Row("print the comparison", "GET", "/api/dispatches/" + issued + "/versions/2/changes.pdf", null,
                        so, false),
                new Row("list one's documents", "GET", "/api/dispatches", null, people, false),
                new Row("list one's tasks", "GET", "/api/tasks", null, everyone, false),
                new Row("print the register", "GET", "/api/register.pdf?agency=sldtbxh&year=" + year, null, so, false),
                new Row("read one's own settings", "GET", "/api/me", null, everyone, false),
                new Row("choose one's language", "PUT", "/api/me/language", Map.of("language", "vi"), everyone, false),
                new Row("read the start form's defaults", "GET", "/api/me/defaults", null, people, false),
                new Row("read the sổ văn bản đến", "GET", "/api/exchange/incoming?agency=sldtbxh&year=" + year, null, so,
                        false),
                new Row("read what was sent and its statuses", "GET", "/api/exchange/sent/" + issued, null, so, false),
                new Row("read the recipients one may choose", "GET", "/api/exchange/recipients/choices?agency=sldtbxh",
                        null, Set.of("vt.sldtbxh"), false),
                new Row("map a recipient line for an agency", "PUT", "/api/exchange/recipients/mappings",
                        Map.of("agency", "sldtbxh", "line", "Trung tâm Công tác xã hội tỉnh", "targets", List.of()),
                        Set.of("vt.sldtbxh"), false),
                new Row("read the delivery incidents", "GET", "/api/exchange/incidents?agency=sldtbxh", null,
                        Set.of("vt.sldtbxh"), false),
                new Row("read the API's description", "GET", "/v3/api-docs", null, everyone, false),
                new Row("read the health status", "GET", "/actuator/health", null, everyone, false, true),
                new Row("read the metrics", "GET", "/actuator/prometheus", null, Set.of("admin"), false),
                new Row("read the versions", "GET", "/actuator/info", null, Set.of("admin"), false));
    }

    @Test
    void theEndpointsAroundTheChainFollowTheSameRules() {
        assertThat(violations(aroundTheChain(), false)).isEmpty();
    }

    /** What the probe sent to Camunda's engine REST: no user may write any of it. */
    List<Row> engineForgeries(String base) {
        Map<String, Object> forged = Map.of("variables", Map.of(
                "dispatchId", Map.of("value", consulting.toString()), "agency", Map.of("value", "stp"),
                "decision", Map.of("value", "approve"), "drafter", Map.of("value", "cv.stp")));
        return List.of(
                new Row("complete a task with forged variables", "POST", base + "/task/" + reviewTask + "/complete",
                        forged, Set.of(), false),
                new Row("submit a task form", "POST", base + "/task/" + reviewTask + "/submit-form", forged, Set.of(),
                        false),
                new Row("resolve a task", "POST", base + "/task/" + reviewTask + "/resolve", forged, Set.of(), false),
                new Row("start a chain on another's draft", "POST", base + "/process-definition/key/"
                        + Chains.SO_BAN_HANH + "/start", Map.of("businessKey", stpDraft.toString(), "variables",
                        forged.get("variables")), Set.of(), false),
                new Row("start from the start form", "POST", base + "/process-definition/key/" + Chains.SO_BAN_HANH
                        + "/submit-form", forged, Set.of(), false),
                new Row("redirect the next step", "POST", base + "/process-instance/" + reviewInstance + "/variables",
                        Map.of("modifications", forged.get("variables")), Set.of(), false),
                new Row("overwrite one variable", "PUT", base + "/process-instance/" + reviewInstance
                        + "/variables/agency", Map.of("value", "stp"), Set.of(), false),
                new Row("overwrite a task variable", "PUT", base + "/task/" + reviewTask + "/variables/decision",
                        Map.of("value", "approve"), Set.of(), false),
                new Row("hand the task to someone else", "POST", base + "/task/" + reviewTask + "/assignee",
                        Map.of("userId", "tp.stp"), Set.of(), false),
                // claiming is allowed, but only for oneself (cv.syt is none of users()): claimed for another, the
                // task would leave its group's list for someone who sees its title and may not decide it
                new Row("claim the task for someone else", "POST", base + "/task/" + reviewTask + "/claim",
                        Map.of("userId", "cv.syt"), Set.of(), false),
                new Row("claim it for oneself and someone else", "POST", base + "/task/" + reviewTask + "/claim",
                        "{\"userId\":\"tp.sldtbxh\",\"userId\":\"cv.syt\"}", Set.of(), false),
                new Row("claim it with a key cased otherwise", "POST", base + "/task/" + reviewTask + "/claim",
                        "{\"userId\":\"tp.sldtbxh\",\"UserId\":\"cv.syt\"}", Set.of(), false),
                new Row("correlate a message", "POST", base + "/message", Map.of("messageName", "x"), Set.of(), false),
                new Row("delete the instance", "DELETE", base + "/process-instance/" + reviewInstance, null, Set.of(),
                        false));
    }

    @Test
    void everyUserGetsExactlyWhatTheirRoleAndAgencyAllowOnVanthusApi() {
        assertThat(violations(vanthuApi(), false)).isEmpty();
    }

    @Test
    void noUserWritesThroughTheEngineRestApiWhateverTheVariables() {
        List<String> problems = violations(engineForgeries("/engine-rest"), true);
        assertThat(problems).isEmpty();
        // the task was neither completed nor moved: it waits for its trưởng phòng, unassigned
        HttpResponse<String> task = api.send("admin", "GET", "/engine-rest/task/" + reviewTask, null);
        assertThat(task.statusCode()).isIn(200, 404);
    }

    @Test
    void noUserWritesThroughTheTasklistsOwnEngineApi() {
        List<String> problems = new ArrayList<>();
        for (String user : List.of("tp.sldtbxh", "cv.stp", "vt.ubnd")) {
            Api.Session session = api.session(user);
            for (Row row : engineForgeries("/camunda/api/engine/engine/default")) {
                HttpResponse<String> response = session.send(row.method(), row.path(), row.body());
                // refused by vanthu's guard, not by a stale CSRF token or a missing page
                if (response.statusCode() != 403 || !response.body().contains("UseVanthuApi")) {
                    problems.add(user + " " + row.action() + " → " + response.statusCode() + " " + response.body());
                }
            }
            // what the Tasklist itself needs keeps working: the task list and claiming one's own task
            assertThat(session.send("POST", "/camunda/api/engine/engine/default/task", Map.of()).statusCode())
                    .isEqualTo(200);
        }
        // the Tasklist's Nhận việc claims for the user who presses it, and giving it back still works
        // (on the consultation's task: the admin's unchecked rows may have moved the review's)
        Api.Session consulted = api.session("gd.stp");
        String claim = "/camunda/api/engine/engine/default/task/" + consultationTask;
        assertThat(consulted.send("POST", claim + "/claim", Map.of("userId", "gd.stp")).statusCode()).isEqualTo(204);
        assertThat(consulted.send("POST", claim + "/unclaim", Map.of()).statusCode()).isEqualTo(204);
        assertThat(problems).isEmpty();
    }

    /** Two leaders of the consulted Sở press Nhận việc: the second is told who has it (409), not a server error. */
    @Test
    void aTaskClaimedFirstBySomeoneElseIsAConflict() {
        String claim = "/engine-rest/task/" + consultationTask + "/claim";
        assertThat(api.send("gd.stp", "POST", claim, Map.of("userId", "gd.stp")).statusCode()).isEqualTo(204);
        HttpResponse<String> late = api.send("pgd.stp", "POST", claim, Map.of("userId", "pgd.stp"));
        assertThat(api.send("gd.stp", "POST", "/engine-rest/task/" + consultationTask + "/unclaim", Map.of())
                .statusCode()).isEqualTo(204);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("urn:vanthu:problem:AlreadyClaimed", "gd.stp");
    }

    /** The same in the Tasklist, whose own engine API takes no exception mapper: its Nhận việc gets the 409 too. */
    @Test
    void aTaskClaimedFirstIsAConflictInTheTasklistToo() {
        String claim = "/camunda/api/engine/engine/default/task/" + consultationTask;
        Api.Session first = api.session("gd.stp");
        assertThat(first.send("POST", claim + "/claim", Map.of("userId", "gd.stp")).statusCode()).isEqualTo(204);
        HttpResponse<String> late = api.session("pgd.stp").send("POST", claim + "/claim", Map.of("userId", "pgd.stp"));
        // a user who is no candidate is not told who holds it: the engine answers them as before
        HttpResponse<String> stranger = api.session("tp.sldtbxh").send("POST", claim + "/claim",
                Map.of("userId", "tp.sldtbxh"));
        assertThat(first.send("POST", claim + "/unclaim", Map.of()).statusCode()).isEqualTo(204);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("urn:vanthu:problem:AlreadyClaimed", "\"message\"", "gd.stp");
        assertThat(stranger.body()).doesNotContain("gd.stp");
    }

    /**
     * The engine's history holds every agency's decisions: no user reads any of it. Of the running variables a
     * user reads only those local to the tasks in their own list (the labels the Tasklist shows beside them).
     */
    @Test
    void nobodyReadsAnotherAgencysHistoryThroughTheEngine() {
        List<String> leaks = new ArrayList<>();
        for (String user : users()) {
            if (user.equals("admin")) {
                continue;
            }
            for (String path : List.of("/engine-rest/history/variable-instance", "/engine-rest/history/task",
                    "/engine-rest/history/process-instance", "/engine-rest/history/activity-instance",
                    "/engine-rest/history/user-operation", "/engine-rest/history/detail")) {
                HttpResponse<String> response = api.send(user, "GET", path, null);
                List<Map<String, Object>> entries = response.statusCode() == 200 ? api.list(response) : List.of();
                if (!entries.isEmpty()) {
                    leaks.add(user + " read " + entries.size() + " entries of " + path);
                }
            }
            Set<Object> ownTasks = api.list(api.send(user, "GET", "/engine-rest/task", null)).stream()
                    .map(t -> t.get("id")).collect(java.util.stream.Collectors.toSet());
            for (Map<String, Object> v : api.list(api.send(user, "GET", "/engine-rest/variable-instance", null))) {
                if (!ownTasks.contains(v.get("taskId"))) {
                    leaks.add(user + " read variable " + v.get("name") + " outside their tasks");
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The lists answer everyone with their own: a draft in review only to its Sở, its task only to its trưởng phòng. */
    @Test
    void theListsHoldOnlyWhatTheUserMaySee() {
        UUID draft = chain.draft("cv.stp", Chains.SO_BAN_HANH, Drafts.congVan("ma trận phân quyền: danh sách"));
        String instance = chain.start("cv.stp", draft);
        chain.decide("cv.stp", instance, Step.SOAN_THAO, "submit", "");
        String review = chain.task(instance, Step.TRUONG_PHONG_DUYET).getId();
        List<String> leaks = new ArrayList<>();
        for (String user : users()) {
            if (listed(user, "/api/dispatches", draft.toString()) != OTHER.contains(user)) {
                leaks.add(user + " is wrong about Sở Tư pháp's draft in /api/dispatches");
            }
            if (listed(user, "/api/tasks", review) != user.equals("tp.stp")) {
                leaks.add(user + " is wrong about its review task in /api/tasks");
            }
        }
        assertThat(leaks).isEmpty();
    }

    private boolean listed(String user, String path, String id) {
        HttpResponse<String> response = api.send(user, "GET", path, null);
        return response.statusCode() == 200 && api.list(response).stream().anyMatch(e -> id.equals(e.get("id")));
    }

    /**
     * Endpoints whose access is tested beside the fixtures they need (a document received, a delivery failed);
     * each names where. Any other endpoint of /api must have a row above.
     */
    static final Map<String, String> TESTED_ELSEWHERE = Map.ofEntries(
            Map.entry("GET /api/exchange/tasks", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("GET /api/exchange/tasks/{id}/view", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("POST /api/exchange/tasks/{id}/complete", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("POST /api/exchange/sent/{dispatchId}/recall", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("POST /api/exchange/recipients/resolve", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("GET /api/exchange/incoming/{id}", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("GET /api/exchange/incoming/{id}/pdf", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("GET /api/exchange/incoming/{id}/reply", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("POST /api/exchange/inbox/{agency}", "vn.vanthu.exchange.ExchangeApiAccessTests"),
            Map.entry("POST /api/exchange/incidents/{id}/retry", "vn.vanthu.exchange.DeliveryFailureTests"),
            // open to anyone on purpose (ApiAuthenticationFilter): a recipient or an auditor verifies what they hold
            Map.entry("POST /api/verify", "vn.vanthu.signing.VerifyControllerTests"));

    /** The rule "every new HTTP endpoint joins the authorization matrix", kept by the application's own mappings. */
    @Test
    void everyEndpointOfTheApiHasItsRowsInAMatrix() throws Exception {
        List<Row> rows = new ArrayList<>(vanthuApi());
        rows.addAll(aroundTheChain());
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api")) {
                    continue;
                }
                var parsed = PathPatternParser.defaultInstance.parse(pattern);
                for (var method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + pattern;
                    boolean inRows = rows.stream().anyMatch(r -> r.method().equals(method.name()) && parsed.matches(
                            PathContainer.parsePath(r.path().split("\\?")[0])));
                    if (TESTED_ELSEWHERE.containsKey(endpoint)) {
                        Class.forName(TESTED_ELSEWHERE.get(endpoint));
                    } else if (!inRows) {
                        missing.add(endpoint);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(TESTED_ELSEWHERE.keySet()).as("entries that name no endpoint any more").allMatch(e -> mappings
                .getHandlerMethods().keySet().stream().anyMatch(i -> i.getPatternValues().contains(e.split(" ")[1])));
    }

    /** Runs the rows for every user (and anonymous): who may gets 2xx, nobody else does, nothing answers 5xx. */
    private List<String> violations(List<Row> rows, boolean adminUnchecked) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> granted = new LinkedHashMap<>();
        for (Row row : rows) {
            int successes = 0;
            for (String user : users()) {
                HttpResponse<String> response = api.send(user, row.method(), row.path(), row.body());
                int status = response.statusCode();
                boolean allowed = row.allowed().contains(user);
                if (status >= 500 && !(adminUnchecked && user.equals("admin"))) {
                    problems.add(user + " " + row.action() + " → " + status);
                } else if (!allowed && status < 300 && !(adminUnchecked && user.equals("admin"))) {
                    problems.add(user + " may not " + row.action() + " but got " + status);
                } else if (allowed && status < 300) {
                    successes++;
                } else if (allowed && !row.once()) {
                    problems.add(user + " may " + row.action() + " but got " + status);
                }
            }
            if (!row.allowed().isEmpty() && successes == 0) {
                problems.add("nobody could " + row.action());
            }
            int anonymous = api.send(null, row.method(), row.path(), row.body()).statusCode();
            if (row.anonymous() ? anonymous >= 300 : anonymous != 401) {
                problems.add("anonymous " + row.action() + " → " + anonymous);
            }
            granted.put(row.action(), successes);
        }
        return problems;
    }
}
