package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanthuApplication;

/**
 * The prod profile on a fresh data directory: no demo data, the administrator from the environment, who
 * reads the operator endpoints, while nobody reads the API's map. (That it refuses a demo database is
 * shown by {@link CrashTests}, on the demo database it leaves behind.)
 */
class ProductionProfileTests {

    @TempDir
    Path dir;

    @Test
    void startsCleanWithNoDemoDataAndTheAdministratorFromTheEnvironment() throws Exception {
        try (ConfigurableApplicationContext prod = app(dir.resolve("prod"), "prod",
                "--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=Mật-khẩu-dài-2026")) {
            Http http = new Http(port(prod));
            assertThat(http.get("cv.stp", "demo", "/api/tasks").statusCode()).isEqualTo(401);
            assertThat(http.get("admin", "admin", "/api/tasks").statusCode()).isEqualTo(401);
            assertThat(http.get(null, null, "/v3/api-docs").statusCode()).isEqualTo(401);
            assertThat(http.get("quantri", "Mật-khẩu-dài-2026", "/actuator/prometheus").statusCode()).isEqualTo(200);
            assertThat(http.get(null, null, "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(Http.list(http.get("quantri", "Mật-khẩu-dài-2026", "/engine-rest/user"))).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext app(Path data, String profile, String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "--spring.profiles.active=" + profile;
        args[1] = "--vanthu.database.directory=" + data;
        args[2] = "--server.port=0";
        args[3] = "--camunda.bpm.job-execution.enabled=false";
        System.arraycopy(more, 0, args, 4, more.length);
        return new SpringApplicationBuilder(VanthuApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
