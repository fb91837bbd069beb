package vn.vanthu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** The embedded server's logins kept to passwords: set up so by initdb, or put in place of an older trust. */
final class PasswordLogins {

    private static final String SCRAM = "scram-sha-256";
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*(local|host)\\S*\\s.*\\btrust\\s*$");

    private PasswordLogins() {
    }

    /** A new directory's superuser gets the password in the file and every login method asks for it. */
    static void atInitdb(EmbeddedPostgres.Builder builder, Path pwfile) {
        // zonky's only way into initdb's arguments: every "locale" entry becomes --key=value after its "-A trust"
        builder.setLocaleConfig("pwfile", pwfile.toString()).setLocaleConfig("auth-host", SCRAM)
                .setLocaleConfig("auth-local", SCRAM);
    }

    /**
     * A directory made before passwords (zonky's initdb trusts every local connection): give the
     * superuser the secret, then allow password logins only and reload the server's configuration.
     * True when the directory trusted logins until now.
     */
    static boolean closeTrust(Path dir, String jdbcUrl, DatabaseSecret secret) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        if (!TRUST.matcher(Files.readString(hba)).find()) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedServer.SUPERUSER, secret.password());
             Statement s = c.createStatement()) {
            s.execute("alter role " + EmbeddedServer.SUPERUSER + " password '" + secret.password() + "'");
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
        return true;
    }
}
