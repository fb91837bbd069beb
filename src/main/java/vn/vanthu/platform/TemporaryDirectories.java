package vn.vanthu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Directories that live as long as the JVM: made under {@code java.io.tmpdir} and removed with their
 * contents when the JVM ends.
 */
public final class TemporaryDirectories {

    // File.deleteOnExit removes only an empty directory: a browser profile or a key store left behind
    // by every test run filled /tmp with thousands of them
    private static final Set<Path> AT_EXIT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryDirectories::deleteAll, "temporary-directories"));
    }

    private TemporaryDirectories() {
    }

    /** A new empty directory whose name starts with the prefix, removed when the JVM ends. */
    public static Path create(String prefix) {
        try {
            return deleteAtExit(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks a directory (existing or not yet) to be removed with its contents when the JVM ends. */
    public static Path deleteAtExit(Path directory) {
        AT_EXIT.add(directory.toAbsolutePath());
        return directory;
    }

    /** Removes a directory and its contents now; what cannot be removed is left, silently. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the JVM is ending, or another process still holds a file
        }
    }

    private static void deleteAll() {
        AT_EXIT.forEach(TemporaryDirectories::delete);
    }
}
