package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * The fast path (fonts parsed once and forked per document, title XMP written up front) lays out
 * every example exactly as plain FOP does with the same configuration, glyph for glyph.
 */
class SharedFontsTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final PlainFop PLAIN = PlainFop.productConfig();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    @Test
    void everyFieldOfFopsFontClassesIsKnownToBeSharedOrPerDocument() {
        assertThat(FontFork.unclassifiedFields()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vn.vanthu.rendering.ExamplesTests#examples")
    void fastPathDrawsTheSameGlyphsAtTheSamePlacesAsPlainFop(Path example) throws IOException {
        Dispatch d = DispatchReader.read(example);
        String fo = RENDERER.fo(d, d.mode());
        byte[] fast = RENDERER.render(d, d.mode());
        byte[] plain = PLAIN.render(fo, DispatchView.documentTitle(d));
        for (byte[] pdf : List.of(fast, plain)) {
            Report report = CHECKER.check(pdf, example.getFileName().toString());
            assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        }
        assertThat(ExamplesTests.text(fast)).isEqualTo(ExamplesTests.text(plain));
        List<PdfGlyphs.Glyph> expected = PdfGlyphs.read(plain).glyphs();
        List<PdfGlyphs.Glyph> actual = PdfGlyphs.read(fast).glyphs();
        assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(200);
        for (int i = 0; i < expected.size(); i++) {
            PdfGlyphs.Glyph e = expected.get(i);
            PdfGlyphs.Glyph a = actual.get(i);
            String where = "glyph %d '%s' on page %d".formatted(i, e.text(), e.page());
            assertThat(a.text()).as(where).isEqualTo(e.text());
            assertThat(a.font()).as(where).isEqualTo(e.font());
            assertThat(a.page()).as(where).isEqualTo(e.page());
            assertThat(a.x()).as(where).isCloseTo(e.x(), within(0.01f));
            assertThat(a.y()).as(where).isCloseTo(e.y(), within(0.01f));
            assertThat(a.size()).as(where).isCloseTo(e.size(), within(0.01f));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.vanthu.rendering.ExamplesTests#examples")
    void everyEmbeddedFontHoldsOnlyTheGlyphsItsDocumentUses(Path example) throws IOException {
        Dispatch d = DispatchReader.read(example);
        PdfGlyphs pdf = PdfGlyphs.read(RENDERER.render(d, d.mode()));
        Map<String, TreeSet<Integer>> drawn = pdf.codesDrawn();
        assertThat(pdf.fonts().keySet()).isEqualTo(drawn.keySet());
        pdf.fonts().forEach((font, subset) -> {
            // beside the glyphs drawn: .notdef (code 0, required), and two glyphs FOP measures in every
            // font it lays text out with: the space (words are positioned, not spaced) and the hyphen
            // (its width is taken for hyphenation even when hyphenation is off); and where a web address
            // may break between its pieces, the zero width space FOP measures there and never draws
            Map<Integer, String> undrawn = new TreeMap<>(subset.codes());
            undrawn.keySet().removeAll(drawn.get(font));
            undrawn.remove(0);
            assertThat(undrawn.values()).as(font)
                    .allMatch(text -> text.equals(" ") || text.equals("-") || text.equals("\u200b"));
            assertThat(subset.codes().keySet()).as(font).containsAll(drawn.get(font));
        });
    }
}
