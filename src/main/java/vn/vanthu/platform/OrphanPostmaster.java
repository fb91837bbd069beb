package vn.vanthu.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by a vanthu that died (kill -9, power cut of
 * the JVM only): it holds postmaster.pid, so a new server cannot start there. Start-up ends it when it
 * is provably ours — the pid file names this directory, the process is a postgres started on it, and
 * no living vanthu holds the directory's lock — and refuses with a clear message otherwise.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    /** zonky's per-directory lock, held by the JVM whose server runs there. */
    static final String JVM_LOCK = "epg-lock";
    private static final long STOP_WAIT_SECONDS = 30;

    private OrphanPostmaster() {
    }

    /** Ends the orphan server of this data directory, if there is one; throws when that cannot be done safely. */
    static void endIn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            // the server itself replaces a pid file whose process is gone
            return;
        }
        String commandLine = commandLine(pid);
        boolean ours = lines.size() > 1 && samePath(Path.of(lines.get(1)), dataDirectory)
                && commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        if (!ours) {
            throw refuse("tệp " + pidFile + " ghi tiến trình " + pid + " (" + commandLine + "), không phải"
                    + " máy chủ PostgreSQL của thư mục này; hãy kiểm tra rồi xoá tệp đó nếu chắc chắn nó đã cũ");
        }
        if (heldByAnotherJvm(dataDirectory.resolve(JVM_LOCK))) {
            throw refuse("thư mục dữ liệu " + dataDirectory + " đang được một tiến trình vanthu khác dùng"
                    + " (máy chủ PostgreSQL pid " + pid + "); dừng tiến trình đó trước, hoặc chọn thư mục khác");
        }
        log.warn("Máy chủ PostgreSQL pid {} vẫn chạy trên {} sau khi vanthu lần trước dừng đột ngột; đang tắt nó",
                pid, dataDirectory);
        // SIGTERM: PostgreSQL's smart shutdown; the dead JVM's connections are already closed
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw refuse("máy chủ PostgreSQL cũ (pid " + pid + ") không dừng sau " + STOP_WAIT_SECONDS
                    + " giây; hãy dừng nó (kill -INT " + pid + ") rồi khởi động lại vanthu");
        }
        log.info("Đã tắt máy chủ PostgreSQL cũ (pid {}); khởi động lại trên cùng dữ liệu", pid);
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        }
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean heldByAnotherJvm(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static IllegalStateException refuse(String why) {
        String message = "Không khởi động được cơ sở dữ liệu nhúng: " + why;
        log.error(message);
        return new IllegalStateException(message);
    }
}
