package vn.vanthu.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** The demo CA's revoked serial numbers, one hexadecimal number a line in a file of the key directory. */
final class RevokedSerials {

    private final Path file;

    RevokedSerials(Path file) {
        this.file = file;
    }

    synchronized void add(BigInteger serial) {
        Set<BigInteger> serials = all();
        serials.add(serial);
        StringBuilder text = new StringBuilder();
        serials.forEach(s -> text.append(s.toString(16)).append('\n'));
        KeyFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    synchronized Set<BigInteger> all() {
        Set<BigInteger> serials = new TreeSet<>();
        try {
            if (Files.exists(file)) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                        .forEach(l -> serials.add(new BigInteger(l.strip(), 16)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serials;
    }
}
