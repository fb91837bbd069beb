package vn.vanthu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server on one data directory, started safely: an orphan server of a crashed
 * vanthu is ended first, the superuser logs in with a password kept in the directory (never "trust"),
 * and every commit is flushed to disk before it is reported (fsync and synchronous_commit on, which
 * zonky turns off for throw-away test databases).
 */
final class EmbeddedServer implements Closeable {

    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String SCRAM = "scram-sha-256";
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*(local|host)\\S*\\s.*\\btrust\\s*$");

    private final EmbeddedPostgres postgres;
    private final DatabaseSecret secret;
    private final Path temporaryLog;

    private EmbeddedServer(EmbeddedPostgres postgres, DatabaseSecret secret, Path temporaryLog) {
        this.postgres = postgres;
        this.secret = secret;
        this.temporaryLog = temporaryLog;
    }

    /** PostgreSQL's log file: "postgres.log" beside a "postgres" data directory. */
    static Path serverLog(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    /** The FATAL, PANIC and ERROR lines of the server's last start, which say why it did not come up. */
    private static String complaints(Path serverLog) {
        try {
            List<String> lines = Files.readAllLines(serverLog);
            List<String> bad = lines.subList(Math.max(0, lines.size() - 200), lines.size()).stream()
                    .filter(l -> l.contains("FATAL") || l.contains("PANIC") || l.contains("ERROR")
                            || l.contains("DETAIL") || l.contains("HINT")).toList();
            return bad.isEmpty() ? "(không có dòng lỗi)" : String.join(" | ", bad.subList(Math.max(0, bad.size() - 4),
                    bad.size()));
        } catch (IOException e) {
            return "(không đọc được nhật ký)";
        }
    }

    /** Starts the server on the directory (a temporary one is deleted when the server stops). */
    static EmbeddedServer start(Path dir, boolean temporary) throws IOException {
        return start(dir, temporary, Duration.ofSeconds(60));
    }

    /** As above, giving up when the server does not answer within the wait (crash recovery can take a while). */
    static EmbeddedServer start(Path dir, boolean temporary, Duration startupWait) throws IOException {
        OrphanPostmaster.endIn(dir);
        boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
        DatabaseSecret secret = fresh ? DatabaseSecret.generate()
                : DatabaseSecret.readFrom(dir).orElseGet(DatabaseSecret::generate);
        Path serverLog = serverLog(dir);
        Path pwfile = Files.createTempFile("vanthu-pw", ".tmp");
        secret.writeTo(pwfile);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Spring stops the server after the engine and the pool (destroyMethod); zonky's own JVM hook
                // would stop it first, leaving the job executor retrying against a dead server at exit
                .setRegisterShutdownHook(false)
                .setDataDirectory(dir).setCleanDataDirectory(temporary)
                .setServerConfig("synchronous_commit", "on")
                // zonky starts postgres with -F (no fsync); a later -c wins
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", secret.password())
                // crash recovery after a kill can take longer than zonky's 10 s
                .setPGStartupWait(startupWait)
                // PostgreSQL's own lines go to its log file beside the data directory (not inside: initdb
                // wants an empty directory); a failed start quotes them in an ERROR line
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setDataDirectoryCustomizer(d -> keep(secret, d.toPath()));
        // zonky's only way into initdb's arguments: every "locale" entry becomes --key=value after its "-A trust"
        builder.setLocaleConfig("pwfile", pwfile.toString()).setLocaleConfig("auth-host", SCRAM)
                .setLocaleConfig("auth-local", SCRAM);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            String message = "Không khởi động được cơ sở dữ liệu nhúng trên " + dir + ": " + e
                    + "; PostgreSQL báo: " + complaints(serverLog) + " (nhật ký: " + serverLog
                    + "; docs/operations.md, mục Khởi động lại sau sự cố)";
            log.error(message);
            throw new IllegalStateException(message, e);
        } finally {
            Files.deleteIfExists(pwfile);
        }
        EmbeddedServer server = new EmbeddedServer(postgres, secret, temporary ? serverLog : null);
        server.closeTrustAuthentication(dir);
        log.info("Cơ sở dữ liệu PostgreSQL nhúng đã chạy ở cổng {} (dữ liệu: {}; đăng nhập bằng mật khẩu trong {})",
                postgres.getPort(), temporary ? "thư mục tạm, xoá khi dừng" : dir, DatabaseSecret.FILE);
        return server;
    }

    private static void keep(DatabaseSecret secret, Path dir) {
        try {
            if (DatabaseSecret.readFrom(dir).isEmpty()) {
                secret.writeTo(dir.resolve(DatabaseSecret.FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory made before passwords (zonky's initdb trusts every local connection): give the
     * superuser the secret, then allow password logins only and reload the server's configuration.
     */
    private void closeTrustAuthentication(Path dir) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        if (!TRUST.matcher(Files.readString(hba)).find()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), SUPERUSER, secret.password());
             Statement s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password '" + secret.password() + "'");
            Files.writeString(hba, """
                    # vanthu: password logins only (scram-sha-256); the password is in %s
                    local   all   all                  %s
                    host    all   all   127.0.0.1/32   %s
                    host    all   all   ::1/128        %s
                    """.formatted(DatabaseSecret.FILE, SCRAM, SCRAM, SCRAM));
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("không chuyển được cơ sở dữ liệu sang đăng nhập bằng mật khẩu", e);
        }
        log.warn("Cơ sở dữ liệu nhúng trên {} trước đây cho đăng nhập không cần mật khẩu; đã đặt mật khẩu (tệp {})",
                dir, DatabaseSecret.FILE);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    int port() {
        return postgres.getPort();
    }

    DatabaseSecret secret() {
        return secret;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (temporaryLog != null) {
            Files.deleteIfExists(temporaryLog);
        }
    }
}
