package vn.vanthu.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded PostgreSQL superuser: generated once, kept in the data directory in a
 * file only its owner reads (0600), so another local user can neither read it nor log in without it.
 */
record DatabaseSecret(String password) {

    /** The file in the data directory that holds the password. */
    static final String FILE = "vanthu-db-secret";

    DatabaseSecret {
        // the password goes into ALTER ROLE as a literal: only characters that need no quoting
        if (!password.matches("[A-Za-z0-9_-]{32,}")) {
            throw new IllegalStateException("tệp " + FILE + " không chứa mật khẩu hợp lệ");
        }
    }

    static DatabaseSecret generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new DatabaseSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The secret kept in the directory, or empty when it has none yet. */
    static java.util.Optional<DatabaseSecret> readFrom(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DatabaseSecret(Files.readString(file).strip()));
    }

    /** Writes the password to a new owner-only file (created 0600, never readable by others in between). */
    Path writeTo(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return file;
    }

    @Override
    public String toString() {
        return "DatabaseSecret[****]";
    }
}
