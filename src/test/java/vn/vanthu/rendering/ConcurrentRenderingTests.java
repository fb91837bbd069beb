package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * One shared renderer (one set of parsed fonts) on four threads at once, 200 documents each, the
 * examples interleaved: every PDF is its own document, whole, conforming, with its own font subsets.
 */
class ConcurrentRenderingTests {

    private static final int THREADS = 4;
    private static final int DOCUMENTS_PER_THREAD = 200;

    /** What one example renders to when nothing else runs: its text and its embedded font subsets. */
    private record Reference(String name, Dispatch dispatch, String text, Map<String, PdfGlyphs.Subset> fonts) {
    }

    @Test
    void fourThreadsRenderDifferentExamplesWithoutMixingTextOrGlyphs() throws Exception {
        DocumentRenderer renderer = DocumentRenderer.create();
        ConformanceChecker checker = new ConformanceChecker();
        List<Reference> references = new ArrayList<>();
        for (Path example : ExamplesTests.examples().toList()) {
            Dispatch d = DispatchReader.read(example);
            byte[] pdf = renderer.render(d, d.mode());
            references.add(new Reference(example.getFileName().toString(), d, ExamplesTests.text(pdf),
                    PdfGlyphs.read(pdf).fonts()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                workers.add(pool.submit((Callable<Integer>) () -> {
                    for (int i = 0; i < DOCUMENTS_PER_THREAD; i++) {
                        // each thread walks the examples from a different start, so neighbours differ
                        Reference expected = references.get((i + offset * 3) % references.size());
                        Dispatch d = expected.dispatch();
                        byte[] pdf = renderer.render(d, d.mode());
                        String which = "document %d of thread %d (%s)".formatted(i, offset, expected.name());
                        Report report = checker.check(pdf, expected.name());
                        assertThat(report.failures()).as(which + "\n" + ReportText.format(report)).isEmpty();
                        assertThat(ExamplesTests.text(pdf)).as(which).isEqualTo(expected.text());
                        assertThat(PdfGlyphs.read(pdf).fonts()).as(which).isEqualTo(expected.fonts());
                    }
                    return DOCUMENTS_PER_THREAD;
                }));
            }
            int done = 0;
            for (Future<Integer> worker : workers) {
                done += worker.get();
            }
            assertThat(done).isEqualTo(THREADS * DOCUMENTS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
