package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.support.Api;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;

/**
 * What a hostile or careless caller sends to vanthu's API, over 200 requests: values of the wrong kind in
 * every field, sizes over every limit, broken JSON, wrong media types, forged paths and parameters, bad
 * decisions. Every one is refused with a 4xx problem naming the field or the limit, none answers 5xx or
 * takes long, and nothing is half-written: the caller's drafts and the open task are as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTests {

    static final String USER = "cv.syt";
    static final long SLOWEST_MS = 15_000;

    /** One hostile request and what its refusal must name (a field, or a limit), null when the title says it all. */
    record Case(String name, String method, Function<HostileRequestsTests, String> path, String body,
            String contentType, String names) {
        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ChainDriver chain;

    Api api;
    UUID draft;
    String task;
    int draftsBefore;
    int versionsBefore;
    long heapBefore;

    @BeforeAll
    void fixtures() {
        api = new Api(port);
        draft = chain.draft(USER, Chains.SO_BAN_HANH, Drafts.congVan("thử dữ liệu xấu"));
        String pi = chain.start(USER, draft);
        task = chain.task(pi, vn.vanthu.workflow.Step.SOAN_THAO).getId();
        draftsBefore = api.list(api.send(USER, "GET", "/api/dispatches", null)).size();
        versionsBefore = api.list(api.send(USER, "GET", "/api/dispatches/" + draft + "/versions", null)).size();
        heapBefore = usedHeap();
    }

    /** The heap in use after a full collection: what the server still holds. */
    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedNamingWhatIsWrong(Case c) {
        long start = System.nanoTime();
        HttpResponse<String> response = api.send(USER, c.method(), c.path().apply(this), c.body(), c.contentType());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(c.name())
                .startsWith("application/problem+json");
        assertThat(response.body()).as(c.name()).contains("\"title\"").doesNotContain("Exception", "at vn.", "at org.");
        if (c.names() != null) {
            assertThat(response.body()).as(c.name()).containsPattern(c.names());
        }
        assertThat(ms).as(c.name() + " took " + ms + " ms").isLessThan(SLOWEST_MS);
    }

    @AfterAll
    void nothingWasHalfWritten() {
        assertThat(api.list(api.send(USER, "GET", "/api/dispatches", null))).hasSize(draftsBefore);
        assertThat(api.list(api.send(USER, "GET", "/api/dispatches/" + draft + "/versions", null)))
                .hasSize(versionsBefore);
        assertThat(api.list(api.send(USER, "GET", "/api/tasks", null))).extracting(t -> t.get("id")).contains(task);
        assertThat(api.send(null, "GET", "/actuator/health", null).body()).contains("UP");
        // the server runs in this JVM: 200 hostile requests, megabytes each, leave nothing behind
        assertThat(usedHeap() - heapBefore).as("heap kept after the suite").isLessThan(256L * 1024 * 1024);
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        HostileBodies.fieldsOfTheWrongKind(all);
        HostileBodies.overTheLimits(all);
        HostileBodies.brokenJson(all);
        HostileBodies.startsAndDecisions(all);
        HostileBodies.pathsAndParameters(all);
        assertThat(all).as("the suite's size").hasSizeGreaterThanOrEqualTo(200);
        return all;
    }

    /** A new draft of chain 1 with one field of the document replaced, as the create request's body. */
    static String create(String path, Object value) {
        Map<String, Object> document = new HashMap<>(Drafts.congVan("thử trường sai"));
        HostileBodies.put(document, path, value);
        return HostileBodies.json(Map.of("chain", Chains.SO_BAN_HANH, "document", document));
    }

    String draft() {
        return draft.toString();
    }

    String task() {
        return task;
    }
}
