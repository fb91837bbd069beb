package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    @Test
    void writesOneLinePerTenPercentWhenNotATerminal() {
        Progress progress = new Progress(new PrintWriter(text), 100, false, clock::get);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(100_000_000L); // 0.1 s per document
            progress.step();
        }

        assertThat(text.toString().lines()).hasSize(10).doesNotContain("\r");
        assertThat(text.toString().lines().findFirst()).hasValue("[#.........] 10/100  10.0 docs/s  ETA 9s");
        assertThat(text.toString().lines().reduce((a, b) -> b)).hasValue("[##########] 100/100  10.0 docs/s  ETA 0s");
    }

    @Test
    void redrawsInPlaceOnATerminal() {
        Progress progress = new Progress(new PrintWriter(text), 3, true, clock::get);
        clock.set(1_000_000_000L);
        progress.step();
        progress.println("a.yaml: summary: phải có trích yếu nội dung văn bản");
        progress.step();
        progress.step();

        String written = text.toString();
        assertThat(written).startsWith("\r[###.......] 1/3  1.0 docs/s  ETA 2s")
                .contains("\ra.yaml: summary: phải có trích yếu nội dung văn bản\n")
                .endsWith("[##########] 3/3  3.0 docs/s  ETA 0s\n");
        assertThat(written.chars().filter(c -> c == '\n')).hasSize(2);
    }
}
