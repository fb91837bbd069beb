package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * /actuator for each kind of caller: a load balancer (anonymous) reads the health status and nothing
 * else, an ordinary user is refused, an operator reads health details, metrics, Prometheus and versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsEndpointsTests {

    private static final List<String> PROTECTED = List.of("/actuator", "/actuator/info", "/actuator/metrics",
            "/actuator/metrics/vanthu.jobs", "/actuator/prometheus", "/actuator/env", "/actuator/beans");

    @LocalServerPort
    int port;

    @Test
    void aLoadBalancerReadsTheStatusOnly() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> health = http.get(null, null, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.object(health)).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        assertThat(http.get(null, null, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(http.get(null, null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        for (String path : PROTECTED) {
            assertThat(http.get(null, null, path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void anOrdinaryUserIsRefusedAndAWrongPasswordIsNoWayRound() throws Exception {
        Http http = new Http(port);
        for (String path : PROTECTED) {
            HttpResponse<String> response = http.get("vt.sldtbxh", "demo", path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).contains("NotAnOperator");
        }
        HttpResponse<String> health = http.get("vt.sldtbxh", "demo", "/actuator/health");
        assertThat(Http.object(health)).containsKey("status").doesNotContainKeys("components", "details");
        assertThat(http.get("admin", "not-the-password", "/actuator/health").statusCode()).isEqualTo(401);
    }

    @Test
    void anOperatorReadsHealthDetailsMetricsAndVersions() throws Exception {
        Http http = new Http(port);
        Map<String, Object> health = Http.object(http.get("admin", "admin", "/actuator/health"));
        assertThat(health.get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health.get("components");
        assertThat(components).containsKeys("db", "diskSpace", "processEngine", "jobExecutor");
        assertThat(components.get("jobExecutor").toString()).contains("jobs", "lockTimeMillis");

        String prometheus = http.get("admin", "admin", "/actuator/prometheus").body();
        assertThat(prometheus).contains("vanthu_jobs{", "state=\"failed\"", "state=\"stale-lock\"",
                "vanthu_jobs_failures_total", "vanthu_login_failures_total", "hikaricp_connections_active");

        @SuppressWarnings("unchecked")
        Map<String, Object> versions = (Map<String, Object>) Http.object(http.get("admin", "admin", "/actuator/info"))
                .get("versions");
        assertThat(versions).containsEntry("camunda", "7.24.0").containsEntry("fop", "2.11")
                .containsEntry("pdfbox", "3.0.8").containsKeys("vanthu", "java");
        assertThat((String) versions.get("postgresql")).startsWith("18.");
        assertThat(http.get("admin", "admin", "/actuator/env").statusCode()).isEqualTo(404);
    }
}
