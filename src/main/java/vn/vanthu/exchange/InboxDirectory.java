package vn.vanthu.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Picks up edXML packages other systems drop into {@code vanthu.exchange.inbox-directory}: each *.edxml is
 * delivered to the agencies its To names and moved to done/, or moved to refused/ with a .txt saying why.
 */
@Component
class InboxDirectory {

    private static final Logger log = LoggerFactory.getLogger(InboxDirectory.class);

    private final Inbox inbox;
    private final ExchangeProperties properties;

    InboxDirectory(Inbox inbox, ExchangeProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${vanthu.exchange.drain-interval:10s}",
            fixedDelayString = "${vanthu.exchange.drain-interval:10s}")
    void scheduled() {
        if (properties.polling()) {
            poll();
        }
    }

    /** Takes every package waiting in the folder; returns how many were delivered. */
    int poll() {
        Path folder = properties.inboxDirectory();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".edxml") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Không đọc được thư mục hộp thư đến {}: {}", folder, e.getMessage());
            return 0;
        }
        int delivered = 0;
        for (Path file : files) {
            delivered += take(folder, file) ? 1 : 0;
        }
        return delivered;
    }

    private boolean take(Path folder, Path file) {
        try {
            List<String> agencies = inbox.acceptExternal(Files.readAllBytes(file), null);
            move(file, folder.resolve("done"));
            log.info("Gói tin {} đã vào hộp thư đến của {}", file.getFileName(), agencies);
            return true;
        } catch (IOException e) {
            log.warn("Không đọc được gói tin {}: {}", file, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            String reason = e instanceof vn.vanthu.exchange.edxml.InvalidPackage invalid
                    ? String.join("\n", invalid.problems()) : e.getMessage();
            try {
                Path refused = move(file, folder.resolve("refused"));
                Files.writeString(refused.resolveSibling(refused.getFileName() + ".txt"), reason == null ? "" : reason);
            } catch (IOException io) {
                log.warn("Không chuyển được gói tin {} sang refused/: {}", file, io.getMessage());
            }
            log.warn("Gói tin {} bị từ chối: {}", file.getFileName(), reason);
            return false;
        }
    }

    private static Path move(Path file, Path to) throws IOException {
        Files.createDirectories(to);
        return Files.move(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
