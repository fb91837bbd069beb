package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pages the checker read serve the anchors of the same bytes, and only of the same bytes: the anchors are
 * the ones a fresh read finds, and a file differing by one byte is read afresh.
 */
class ReadPagesTests {

    @Test
    void theCheckersPagesServeTheAnchorsOfTheSameBytesOnly() {
        // bytes of this test's own (a comment after the end), which no other test in the JVM has had checked
        byte[] pdf = withTail(Fixtures.congVan(Variant.standard()), "\n% " + UUID.randomUUID() + "\n");
        byte[] other = withTail(pdf, "\n");
        Anchors fresh = Anchors.locate(pdf);
        assertThat(ReadPages.recall(pdf)).isNull();

        Report report = new ConformanceChecker().check(pdf, "x");
        List<Page> kept = ReadPages.recall(pdf);

        assertThat(report.failures()).isEmpty();
        assertThat(kept).isNotNull().isUnmodifiable();
        assertThat(Anchors.locate(pdf)).isEqualTo(fresh);
        assertThat(ReadPages.recall(other)).isNull();
        assertThat(Anchors.locate(other)).isEqualTo(fresh);
    }

    private static byte[] withTail(byte[] pdf, String tail) {
        byte[] end = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(pdf, pdf.length + end.length);
        System.arraycopy(end, 0, out, pdf.length, end.length);
        return out;
    }
}
