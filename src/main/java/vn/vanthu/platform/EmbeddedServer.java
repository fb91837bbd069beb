package vn.vanthu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        PasswordLogins.atInitdb(builder, pwfile);
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
        if (PasswordLogins.closeTrust(dir, server.jdbcUrl(), secret)) {
            log.warn("Cơ sở dữ liệu nhúng trên {} trước đây cho đăng nhập không cần mật khẩu; đã đặt mật khẩu (tệp {})",
                    dir, DatabaseSecret.FILE);
        }
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
