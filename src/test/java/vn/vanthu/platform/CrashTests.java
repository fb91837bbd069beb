package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.platform.ClusterTests.longs;
import static vn.vanthu.platform.ClusterTests.strings;
import static vn.vanthu.platform.ClusterTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.platform.JavaProcess.App;

/**
 * kill -9 of the application while it issues, as the probe did: vanthu runs in its own JVM on a data
 * directory, is killed mid-issue, and starts again on the same directory although the old PostgreSQL
 * server is still running there. Every number committed before the kill is still there, the unfinished
 * issues are finished, and the register has no gap and no duplicate. Then a cold copy of the stopped
 * directory (the documented backup) starts on its own and holds the same register (the restore), and
 * the prod profile refuses this demo database.
 */
class CrashTests {

    private static final int DISPATCHES = 5;
    private static final String AGENCY = "sgddt";
    private static final String REGISTER = "select number || ':' || dispatch_id from register_entry where issuer = '"
            + AGENCY + "' order by number";

    @TempDir
    Path work;

    @Test
    void killedMidIssueItRestartsOnTheSameDataAndLosesNothing() throws Exception {
        Path data = work.resolve("data");
        // kept after the run (target/crash-tests), for whoever reads a failure on CI
        Path log = java.nio.file.Files.createDirectories(Path.of("target", "crash-tests")).resolve("vanthu.log");
        Files.deleteIfExists(log);
        App first = start(data, log);
        List<String> ids = new ArrayList<>();
        List<String> committedBeforeKill;
        long orphan;
        try {
            IssueDriver driver = new IssueDriver(new Http(JavaProcess.awaitHealthy(first, log)), AGENCY);
            for (int i = 0; i < DISPATCHES; i++) {
                ids.add(driver.signed("thử sự cố, văn bản " + i));
            }
            ExecutorService clerks = Executors.newFixedThreadPool(DISPATCHES);
            for (String id : ids) {
                clerks.submit(() -> { driver.issue(id); return null; });
            }
            clerks.shutdown();
            try (Connection c = database(data)) {
                waitUntil(() -> !strings(c, REGISTER).isEmpty(), "a first number to be committed");
                committedBeforeKill = strings(c, REGISTER);
                first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop of PostgreSQL
                assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            clerks.awaitTermination(30, TimeUnit.SECONDS);
            orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan server").contains(true);
        } finally {
            first.process().destroyForcibly();
        }
        assertThat(committedBeforeKill.size()).as("the kill came during issuing").isLessThan(DISPATCHES);

        App second = start(data, log);
        try {
            IssueDriver driver = new IssueDriver(new Http(JavaProcess.awaitHealthy(second, log)), AGENCY);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(Files.readString(log)).contains("sau khi vanthu lần trước dừng đột ngột; đang tắt nó");
            for (String id : ids) {
                driver.issueIfStillOpen(id); // a request the kill cut off left the task open: the clerk asks again
            }
            waitUntil(() -> ids.stream().allMatch(id -> "ISSUED".equals(state(driver, id))), "every issue finished");
            try (Connection c = database(data)) {
                List<String> register = strings(c, REGISTER);
                assertThat(register).containsAll(committedBeforeKill).hasSize(DISPATCHES);
                assertThat(longs(c, "select number from register_entry where issuer = '" + AGENCY + "' order by number"))
                        .containsExactly(1L, 2L, 3L, 4L, 5L);
                assertThat(register).extracting(r -> r.substring(r.indexOf(':') + 1))
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
            second.process().destroy(); // SIGTERM: the orderly stop an operator uses before a cold backup
            assertThat(second.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            second.process().destroyForcibly();
        }
        assertThat(data.resolve("postmaster.pid")).as("PostgreSQL stopped with the application").doesNotExist();
        restoreACopy(data);
        refusedUnderTheProdProfile(data, log);
    }

    /** The demo database (admin/admin, the "demo" logins) under the prod profile: no start, the accounts named. */
    private static void refusedUnderTheProdProfile(Path data, Path log) throws Exception {
        Files.writeString(log, "");
        Process prod = JavaProcess.start(log, List.of("-XX:TieredStopAtLevel=1"), List.of(
                "--spring.profiles.active=prod", "--vanthu.database.directory=" + data, "--server.port=0"));
        assertThat(prod.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(prod.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("ERROR", "Hồ sơ production không khởi động khi còn thông tin"
                + " đăng nhập mặc định", "admin, ", "cv.sgddt");
        assertThat(data.resolve("postmaster.pid")).as("its database stopped with it").doesNotExist();
    }

    /** docs/operations.md's cold backup: copy the stopped directory; the copy starts and has the same register. */
    private void restoreACopy(Path data) throws Exception {
        Path backup = work.resolve("backup");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = backup.resolve(data.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        List<String> original;
        try (EmbeddedServer server = EmbeddedServer.start(data, false);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.secret().password())) {
            original = strings(c, REGISTER);
        }
        try (EmbeddedServer restored = EmbeddedServer.start(backup, false);
             Connection c = DriverManager.getConnection(restored.jdbcUrl(), "postgres", restored.secret().password())) {
            assertThat(strings(c, REGISTER)).isEqualTo(original).hasSize(DISPATCHES);
            assertThat(longs(c, "select count(*) from dispatch_version where step = 'cap-so-phat-hanh'"))
                    .containsExactly((long) DISPATCHES);
        }
    }

    private static String state(IssueDriver driver, String id) {
        try {
            return driver.state(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whatever a failed run left: the PostgreSQL server of a killed JVM keeps running otherwise. */
    @org.junit.jupiter.api.AfterEach
    void endLeftoverServers() throws Exception {
        for (Path dir : List.of(work.resolve("data"), work.resolve("backup"))) {
            Path pid = dir.resolve("postmaster.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private static App start(Path data, Path log) throws Exception {
        return JavaProcess.app(log, List.of("--vanthu.database.directory=" + data,
                "--camunda.bpm.job-execution.lock-time-in-millis=4000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                "--vanthu.operations.job-report-interval=1s"));
    }

    private static Connection database(Path data) throws Exception {
        List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
        String secret = Files.readString(data.resolve(DatabaseSecret.FILE)).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                "postgres", secret);
    }
}
