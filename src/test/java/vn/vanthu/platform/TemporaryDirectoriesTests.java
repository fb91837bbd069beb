package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TemporaryDirectoriesTests {

    @Test
    void aDirectoryIsGoneWithItsContentsWhenTheJvmEnds() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                TemporaryDirectoriesTests.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(child.getInputStream().readAllBytes()).lines().toList();
        assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("made "));
        for (String line : lines) {
            assertThat(Path.of(line.substring("made ".length()))).doesNotExist();
        }
    }

    @Test
    void deleteRemovesTheTreeAndPassesOverWhatIsNotThere() throws IOException {
        Path dir = Files.createTempDirectory("vanthu-test-");
        Files.writeString(Files.createDirectories(dir.resolve("a/b")).resolve("c.txt"), "c");
        TemporaryDirectories.delete(dir);
        assertThat(dir).doesNotExist();
        TemporaryDirectories.delete(dir);
        assertThat(dir).doesNotExist();
    }

    /** The child JVM: one directory made here, one marked, both holding files when the JVM ends. */
    public static void main(String[] args) throws IOException {
        Path made = TemporaryDirectories.create("vanthu-test-made-");
        Files.writeString(Files.createDirectories(made.resolve("profile/Default")).resolve("Preferences"), "{}");
        Path marked = TemporaryDirectories.deleteAtExit(
                Path.of(System.getProperty("java.io.tmpdir"), "vanthu-test-marked-" + ProcessHandle.current().pid()));
        Files.writeString(Files.createDirectories(marked).resolve("key.p12"), "k");
        System.out.println("made " + made);
        System.out.println("made " + marked);
    }
}
