package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as an attacker on the same host and an unlucky operator meet it: no login
 * without the password, durable commits, a pre-password directory closed on its next start, and an
 * orphan server of a dead vanthu ended (or a living one's directory refused) instead of a 10 s timeout.
 */
class EmbeddedServerTests {

    @TempDir
    Path dir;

    @Test
    void theSuperuserNeedsThePasswordKeptOwnerOnlyAndCommitsAreDurable() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(dir, false)) {
            Path secret = dir.resolve(DatabaseSecret.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            assertThat(Files.readString(secret)).isEqualTo(server.secret().password());
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.secret().password())) {
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
        }
    }

    @Test
    void aDirectoryMadeWithTrustAuthenticationGetsAPasswordOnItsNextStart() throws Exception {
        // what vanthu did before: zonky's defaults, trust for every local login
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start().close();
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedServer server = EmbeddedServer.start(dir, false)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "x").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            DriverManager.getConnection(server.jdbcUrl(), "postgres", server.secret().password()).close();
        }
        try (EmbeddedServer again = EmbeddedServer.start(dir, false)) {
            DriverManager.getConnection(again.jdbcUrl(), "postgres", again.secret().password()).close();
        }
    }

    @Test
    void anOrphanServerOnTheDirectoryIsEndedAndTheDataKept() throws Exception {
        try (EmbeddedServer first = EmbeddedServer.start(dir, false);
             Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", first.secret().password())) {
            c.createStatement().execute("create table kept (n int); insert into kept values (42)");
        }
        // a postmaster on the directory with no JVM holding it: what kill -9 of vanthu leaves behind
        long orphan = startOrphan(dir, 0);
        assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedServer server = EmbeddedServer.start(dir, false);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.secret().password());
             ResultSet rs = c.createStatement().executeQuery("select n from kept")) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void aDirectoryInUseByALivingServerIsRefusedWithAClearMessage() throws Exception {
        try (EmbeddedServer running = EmbeddedServer.start(dir, false)) {
            assertThatThrownBy(() -> EmbeddedServer.start(dir, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("đang được một tiến trình vanthu khác dùng").hasMessageContaining(dir.toString());
            DriverManager.getConnection(running.jdbcUrl(), "postgres", running.secret().password()).close();
        }
    }

    @Test
    void aServerThatCannotStartIsReportedWithPostgresOwnReason() throws Exception {
        EmbeddedServer.start(dir, false).close();
        // what a careless copy does: PostgreSQL refuses a data directory others can read
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> EmbeddedServer.start(dir, false, java.time.Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has invalid permissions").hasMessageContaining(EmbeddedServer.serverLog(dir).toString());
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Starts a postmaster on the directory with zonky's own pg_ctl, outside any JVM lock; returns its pid. */
    static long startOrphan(Path dataDirectory, int port) throws Exception {
        Path pgCtl;
        try (Stream<Path> unpacked = Files.list(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"))) {
            pgCtl = unpacked.map(p -> p.resolve("bin/pg_ctl")).filter(Files::isExecutable).findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // postgres refuses to run as root; zonky does the same
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "-o",
                "-p " + (port == 0 ? 20000 + (int) (Math.random() * 20000) : port), "-w", "-l",
                dataDirectory.resolve("orphan.log").toString(), "start"));
        Process pgctl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(pgctl.getInputStream().readAllBytes());
        assertThat(pgctl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pgctl.exitValue()).as(output).isZero();
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }
}
