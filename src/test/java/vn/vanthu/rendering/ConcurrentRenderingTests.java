package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * One shared renderer (one set of parsed fonts, no lock) on four threads at once, 200 documents each,
 * the examples interleaved: every PDF is its own document, whole, conforming, with its own font subsets.
 */
class ConcurrentRenderingTests {

    private static final int THREADS = 4;
    private static final int DOCUMENTS_PER_THREAD = 200;
    private static final int STARTS = 300;

    /** What one example renders to when nothing else runs: its text and its embedded font subsets. */
    private record Reference(Dispatch dispatch, String text, Map<String, PdfGlyphs.Subset> fonts) {
    }

    /** Each example rendered alone, before any thread starts: what every concurrent render must equal. */
    private static List<Reference> references(DocumentRenderer renderer, List<Dispatch> dispatches) throws Exception {
        List<Reference> references = new ArrayList<>();
        for (Dispatch d : dispatches) {
            byte[] pdf = renderer.render(d, d.mode());
            references.add(new Reference(d, ExamplesTests.text(pdf), PdfGlyphs.read(pdf).fonts()));
        }
        return references;
    }

    private static List<Dispatch> examples() throws Exception {
        List<Dispatch> dispatches = new ArrayList<>();
        for (Path example : ExamplesTests.examples().toList()) {
            dispatches.add(DispatchReader.read(example));
        }
        return dispatches;
    }

    private static void assertSame(byte[] pdf, Reference expected, String which, ConformanceChecker checker)
            throws Exception {
        Report report = checker.check(pdf, which);
        assertThat(report.failures()).as(which + "\n" + ReportText.format(report)).isEmpty();
        assertThat(ExamplesTests.text(pdf)).as(which).isEqualTo(expected.text());
        assertThat(PdfGlyphs.read(pdf).fonts()).as(which).isEqualTo(expected.fonts());
    }

    @Test
    void nothingOnTheRenderPathCanReadFopsConfigurationDom() {
        // FOP 2.11 reads its configuration DOM again for every document, and Xerces' DOM is not safe for
        // concurrent reads; the factory that renders has every setting of the file but not the DOM itself
        FopFactory factory = FopSetup.factory();
        assertThat(factory.getUserConfig()).isNull();
        assertThat(factory.newFOUserAgent().getRendererConfiguration(MimeConstants.MIME_PDF)).isNull();
        assertThat(factory.newFOUserAgent().isComplexScriptFeaturesEnabled()).as("from the file").isFalse();
        assertThat(FopSetup.settings().fonts()).hasSize(4)
                .allMatch(font -> font.getEmbedURI().toString().startsWith("classpath:/fonts/LiberationSerif-"));
    }

    /**
     * FOP sets a document up (user agent, renderer settings, fonts, handler) in newFop, and that is where
     * FOP 2.11 shares state between documents (with that shared, 1 start in 1,000 failed here); vanthu's
     * setup takes no lock, so the threads start every document at the same instant, mostly one-page ones
     * whose setup weighs most, to make any such sharing show.
     */
    @Test
    void documentsStartedAtTheSameInstantOnFourThreadsAreEachTheirOwn() throws Exception {
        DocumentRenderer renderer = renderer();
        ConformanceChecker checker = new ConformanceChecker();
        List<Reference> onePage = references(renderer, List.of(
                Fixtures.congVan("Nội dung **đậm** và *nghiêng*, một trang."),
                Fixtures.keHoach("Kế hoạch một đoạn: *nghiêng*, **đậm** và ***đậm nghiêng***.")));
        List<Reference> examples = references(renderer, examples());
        CyclicBarrier start = new CyclicBarrier(THREADS);
        onThreads(STARTS, start, thread -> {
            for (int i = 0; i < STARTS; i++) {
                Reference expected = (i + thread) % 4 == 3
                        ? examples.get((i + thread) % examples.size()) : onePage.get((i + thread) % 2);
                Dispatch d = expected.dispatch();
                start.await(2, TimeUnit.MINUTES); // every thread begins its next document now
                byte[] pdf = renderer.render(d, d.mode());
                assertSame(pdf, expected, "start %d of thread %d (%s)".formatted(i, thread, d.type()), checker);
            }
        });
    }

    @Test
    void fourThreadsRenderDifferentExamplesWithoutMixingTextOrGlyphs() throws Exception {
        DocumentRenderer renderer = renderer();
        ConformanceChecker checker = new ConformanceChecker();
        List<Reference> references = references(renderer, examples());
        onThreads(DOCUMENTS_PER_THREAD, null, thread -> {
            for (int i = 0; i < DOCUMENTS_PER_THREAD; i++) {
                // each thread walks the examples from a different start, so neighbours differ
                Reference expected = references.get((i + thread * 3) % references.size());
                Dispatch d = expected.dispatch();
                byte[] pdf = renderer.render(d, d.mode());
                assertSame(pdf, expected, "document %d of thread %d (%s)".formatted(i, thread, d.type()), checker);
            }
        });
    }

    /** One renderer for all threads, with a turn for each (the default budget has one per core). */
    private static DocumentRenderer renderer() {
        return DocumentRenderer.create(new RenderBudget(Duration.ofSeconds(120), 1024, THREADS));
    }

    /** What one thread does with its index; it throws on the first document that comes out wrong. */
    private interface Worker {
        void run(int thread) throws Exception;
    }

    /**
     * Runs {@code worker} on every thread at once. The thread that fails first tells what happened; when
     * the threads share a barrier, the others stop waiting for it (and only report the broken barrier).
     */
    private static void onThreads(int documentsPerThread, CyclicBarrier barrier, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    try {
                        worker.run(thread);
                        return documentsPerThread;
                    } catch (Throwable e) {
                        if (barrier != null) {
                            barrier.reset();
                        }
                        throw e;
                    }
                }));
            }
            int done = 0;
            Throwable first = null;
            for (Future<Integer> w : workers) {
                try {
                    done += w.get();
                } catch (ExecutionException e) {
                    first = first == null || first instanceof BrokenBarrierException ? e.getCause() : first;
                }
            }
            if (first != null) {
                throw new AssertionError("a document rendered alongside others came out wrong", first);
            }
            assertThat(done).isEqualTo(THREADS * documentsPerThread);
        } finally {
            pool.shutdownNow();
        }
    }
}
