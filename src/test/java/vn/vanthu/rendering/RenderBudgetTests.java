package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.RenderBudgetExceeded.Limit;

/**
 * A render over its budget (time, memory, one paragraph too long to break) fails that render alone,
 * with a named, Vietnamese fact, close to the limit; the same renderer's next render is whole.
 */
class RenderBudgetTests {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();
    private static final DocumentRenderer REFERENCE = DocumentRenderer.create();
    private static final String[] WORDS = {"triển", "khai", "thực", "hiện", "nghị", "quyết", "của", "Hội", "đồng",
        "nhân", "dân", "tỉnh"};

    /**
     * The FO of a Công văn whose body is {@code paragraphs} paragraphs of {@code words} words (1,500 × 50 is
     * about 125 pages), built around a one-paragraph FO so that no input limit of the validator applies.
     */
    private static String fo(int paragraphs, int words) {
        String fo = REFERENCE.fo(Fixtures.congVan("ĐOẠN"), Mode.FINAL);
        int at = fo.indexOf("ĐOẠN");
        int open = fo.lastIndexOf("<fo:block", at);
        int close = fo.indexOf("</fo:block>", at) + "</fo:block>".length();
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                text.append(WORDS[(i + p) % WORDS.length]).append(i + 1 < words ? " " : "");
            }
            body.append(fo, open, close);
            body.replace(body.length() - (close - at), body.length() - (close - at) + "ĐOẠN".length(), text.toString());
        }
        return fo.substring(0, open) + body + fo.substring(close);
    }

    @Test
    void theRenderersBudgetAppliesToEveryRenderThroughThePublicApi() throws Exception {
        DocumentRenderer renderer = DocumentRenderer.create(new RenderBudget(Duration.ofSeconds(60), 1, 2));
        Dispatch seed = DispatchReader.read(Path.of("examples/004-cong-van-so-ldtbxh-hung-yen.yaml"));
        RenderBudgetExceeded e = catchThrowableOfType(() -> renderer.render(seed, seed.mode()),
                RenderBudgetExceeded.class);
        assertThat(e).as("4 pages take more than 1 MB").isNotNull();
        assertThat(e.limit()).isEqualTo(Limit.MEMORY);
        assertThat(e).isInstanceOf(RenderFailed.class).hasMessageContaining("quá 1 MB");
    }

    @Test
    void aLongDocumentOverItsTimeBudgetStopsNearTheLimitAndTheNextRenderIsWhole() throws Exception {
        FopEngine engine = new FopEngine(new RenderBudget(Duration.ofSeconds(1), 1024, 2));
        Dispatch seed = DispatchReader.read(Path.of("examples/004-cong-van-so-ldtbxh-hung-yen.yaml"));
        assertWhole(engine, seed); // the first render of a JVM is mostly class loading and JIT: not measured

        // 500 pages: a warm JVM on an idle machine lays out 125 pages in under a second, this takes several
        String fo = fo(6_000, 50);
        long start = System.nanoTime();
        RenderBudgetExceeded e = catchThrowableOfType(() -> engine.render(fo, "t"), RenderBudgetExceeded.class);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(e).as("a 500-page document cannot render in 1 s").isNotNull();
        assertThat(e.limit()).isEqualTo(Limit.TIME);
        assertThat(e.getMessage()).isEqualTo("Dàn trang văn bản vượt quá 1 giây cho phép. Hãy chia văn bản quá dài"
                + " thành nhiều phần, hoặc thử lại khi máy chủ bớt bận.");
        // past the limit, FOP finishes at most the step it is in (breaking the pages of one page sequence)
        assertThat(seconds).isGreaterThanOrEqualTo(1.0).isLessThan(3.0);
        assertWhole(engine, seed);
    }

    @Test
    void aLongDocumentOverItsMemoryBudgetStopsNearTheLimitAndTheNextRenderIsWhole() throws Exception {
        FopEngine engine = new FopEngine(new RenderBudget(Duration.ofSeconds(60), 64, 2));
        String fo = fo(1_500, 50);
        long before = THREADS.getCurrentThreadAllocatedBytes();
        RenderBudgetExceeded e = catchThrowableOfType(() -> engine.render(fo, "t"), RenderBudgetExceeded.class);
        double megabytes = (THREADS.getCurrentThreadAllocatedBytes() - before) / 1024.0 / 1024.0;

        assertThat(e).as("125 pages need some 300 MB of allocations").isNotNull();
        assertThat(e.limit()).isEqualTo(Limit.MEMORY);
        assertThat(e.getMessage()).startsWith("Dàn trang văn bản cần quá nhiều bộ nhớ: đã dùng quá 64 MB");
        assertThat(megabytes).isGreaterThan(64).isLessThan(64 * 2);
        assertWhole(engine, DispatchReader.read(Path.of("examples/003-ke-hoach-lai-chau.yaml")));
    }

    @Test
    void oneParagraphTooLongToBreakIntoLinesIsRefusedBeforeLayoutAndTheNextRenderIsWhole() throws Exception {
        FopEngine engine = new FopEngine(RenderBudget.DEFAULT);
        // one 10 MB paragraph took a server's heap to 6 GB inside FOP's line breaking (issue 9)
        String fo = fo(1, 2_100_000);
        long before = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        RenderBudgetExceeded e = catchThrowableOfType(() -> engine.render(fo, "t"), RenderBudgetExceeded.class);
        double seconds = (System.nanoTime() - start) / 1e9;
        double megabytes = (THREADS.getCurrentThreadAllocatedBytes() - before) / 1024.0 / 1024.0;

        assertThat(e).isNotNull();
        assertThat(e.limit()).isEqualTo(Limit.PARAGRAPH);
        assertThat(e.getMessage()).isEqualTo("Văn bản có một đoạn văn dài hơn 100.000 ký tự, quá dài để dàn trang."
                + " Hãy tách đoạn văn đó thành nhiều đoạn.");
        assertThat(seconds).isLessThan(5);
        assertThat(fo.length()).isGreaterThan(10_000_000);
        assertThat(megabytes).as("the FO tree up to the limit, not the whole paragraph").isLessThan(100);
        assertWhole(engine, Fixtures.congVan("Nội dung sau văn bản bị từ chối."));
    }

    @Test
    void whileEveryTurnIsTakenARequestWhoseTimeIsUpFailsAsBusyAndTheRenderHoldingTheTurnFinishes() throws Exception {
        RenderBudget budget = new RenderBudget(Duration.ofSeconds(60), 1024, 1);
        FopEngine engine = new FopEngine(budget);
        String longFo = fo(1_500, 50);
        String shortFo = REFERENCE.fo(Fixtures.congVan("Nội dung."), Mode.FINAL);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<byte[]> holder = other.submit(() -> engine.render(longFo, "t"));
            Set<Limit> seen = EnumSet.noneOf(Limit.class);
            while (!holder.isDone()) {
                // a request that arrived a whole budget ago: it fails at once, as busy if the long render
                // holds the only turn, else as over time
                long arrivedLongAgo = System.nanoTime() - budget.time().toNanos();
                RenderBudgetExceeded e = catchThrowableOfType(() -> engine.render(shortFo, "t", arrivedLongAgo),
                        RenderBudgetExceeded.class);
                assertThat(e).isNotNull();
                seen.add(e.limit());
                if (e.limit() == Limit.TURN) {
                    assertThat(e.getMessage()).startsWith("Máy chủ đang bận: sau 60 giây vẫn chưa đến lượt");
                }
                Thread.sleep(5); // lets the long render take the turn
            }
            assertThat(seen).contains(Limit.TURN).isSubsetOf(Limit.TURN, Limit.TIME);
            try (PDDocument held = Loader.loadPDF(holder.get())) {
                assertThat(held.getNumberOfPages()).as("the render holding the turn is whole").isGreaterThan(100);
            }
        } finally {
            other.shutdownNow();
        }
        assertWhole(engine, Fixtures.congVan("Nội dung khi đã hết bận."));
    }

    @Test
    void aBudgetNeedsPositiveLimits() {
        for (Runnable bad : new Runnable[] {() -> new RenderBudget(Duration.ZERO, 1, 1),
            () -> new RenderBudget(Duration.ofSeconds(1), 0, 1), () -> new RenderBudget(Duration.ofSeconds(1), 1, 0),
            () -> new RenderBudget(null, 1, 1)}) {
            assertThat(catchThrowableOfType(bad::run, IllegalArgumentException.class)).isNotNull();
        }
    }

    /** The document renders, conforms and reads exactly as a renderer that never ran over budget renders it. */
    private static void assertWhole(DocumentRenderer renderer, Dispatch d) throws IOException {
        assertWhole(renderer.render(d, d.mode()), d);
    }

    private static void assertWhole(FopEngine engine, Dispatch d) throws IOException {
        assertWhole(engine.render(REFERENCE.fo(d, d.mode()), DispatchView.documentTitle(d)), d);
    }

    private static void assertWhole(byte[] pdf, Dispatch d) throws IOException {
        Report report = CHECKER.check(pdf, d.summary());
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        assertThat(ExamplesTests.text(pdf)).isEqualTo(ExamplesTests.text(REFERENCE.render(d, d.mode())));
    }
}
