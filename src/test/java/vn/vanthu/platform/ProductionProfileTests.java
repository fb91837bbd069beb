package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prod profile on a fresh data directory, started as an operator starts it (its own JVM): no demo
 * data, the administrator from the environment, who reads the operator endpoints, while nobody reads
 * the API's map. (That it refuses a demo database is shown by {@link CrashTests}, on the demo database
 * it leaves behind.)
 */
class ProductionProfileTests {

    private static final String ADMIN = "quantri";
    private static final String PASSWORD = "Mật-khẩu-dài-2026";

    @TempDir
    Path dir;

    @Test
    void startsCleanWithNoDemoDataAndTheAdministratorFromTheEnvironment() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "prod-profile-tests")).resolve("vanthu.log");
        Files.deleteIfExists(log);
        JavaProcess.App prod = JavaProcess.app(log, List.of("--spring.profiles.active=prod",
                "--vanthu.database.directory=" + dir.resolve("data"), "--camunda.bpm.admin-user.id=" + ADMIN,
                "--camunda.bpm.admin-user.password=" + PASSWORD));
        try {
            Http http = new Http(JavaProcess.awaitHealthy(prod, log));
            assertThat(http.get("cv.stp", "demo", "/api/tasks").statusCode()).isEqualTo(401);
            assertThat(http.get("admin", "admin", "/api/tasks").statusCode()).isEqualTo(401);
            assertThat(http.get(null, null, "/v3/api-docs").statusCode()).isEqualTo(401);
            assertThat(http.get(ADMIN, PASSWORD, "/actuator/prometheus").body()).contains("vanthu_jobs");
            assertThat(Http.list(http.get(ADMIN, PASSWORD, "/engine-rest/user"))).extracting(u -> u.get("id"))
                    .containsExactly(ADMIN);
            assertThat(Files.readString(log)).contains("Không còn tài khoản nào dùng mật khẩu mặc định")
                    .doesNotContain("Đang chạy với dữ liệu demo");
        } finally {
            prod.process().destroy();
            prod.process().waitFor(120, TimeUnit.SECONDS);
            prod.process().destroyForcibly();
        }
    }
}
