package vn.vanthu.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Writes each package to {@code vanthu.exchange.outbox-directory/<mã định danh>/<message id>-<kind>.edxml}:
 * written beside, then moved into place, so a reader of the folder never sees half a file.
 */
@Component
class FileSystemAdapter implements ExchangeAdapter {

    private final ExchangeProperties properties;

    FileSystemAdapter(ExchangeProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "file";
    }

    @Override
    public void deliver(OutgoingPackage p) throws Exception {
        Path folder = properties.outboxDirectory().resolve(p.organId().replaceAll("[^0-9A-Za-z.]", "_"));
        Files.createDirectories(folder);
        String name = p.messageId() + "-" + p.kind().toLowerCase(java.util.Locale.ROOT) + ".edxml";
        Path partial = Files.write(folder.resolve("." + name + ".part"), p.edxml());
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
