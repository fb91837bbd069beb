package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/** One shared renderer on four threads at once: every PDF is its own document, whole and conforming. */
class ConcurrentRenderingTests {

    @Test
    void fourThreadsRenderDifferentExamplesWithoutMixingThem() throws Exception {
        List<Dispatch> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(DispatchReader::read).toList();
        }
        DocumentRenderer renderer = DocumentRenderer.create();
        ConformanceChecker checker = new ConformanceChecker();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Dispatch d = examples.get(i % examples.size());
                boolean check = i < examples.size();
                results.add(pool.submit((Callable<String>) () -> {
                    byte[] pdf = renderer.render(d, d.mode());
                    if (check) {
                        Report report = checker.check(pdf, d.summary());
                        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
                    }
                    String text = ExamplesTests.text(pdf).replaceAll("\\s+", " ");
                    String expected = d.summary().replaceAll("\\s+", " ");
                    String firstWords = expected.substring(0, Math.min(30, expected.length()));
                    assertThat(text).contains(firstWords).contains(d.signature().title());
                    return d.summary();
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
