package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * vanthu's PDF carries what FOP would have written, byte for byte, against bare FOP with the product's
 * configuration laying out the same FO: every embedded font file (vanthu's own subsets) and every page's
 * content (decoded: vanthu deflates it at another level).
 */
class FopParityTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final PlainFop FOP = PlainFop.productConfig();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    @ParameterizedTest
    @MethodSource("vn.vanthu.rendering.ExamplesTests#examples")
    void everyExampleHasFopsFontFilesAndPageContents(Path example) throws IOException {
        Dispatch dispatch = DispatchReader.read(example);
        byte[] ours = checked(RENDERER.render(dispatch, dispatch.mode()), example);
        byte[] fops = checked(FOP.render(RENDERER.fo(dispatch, dispatch.mode()), dispatch.summary()), example);
        Map<String, byte[]> ourFiles = fontFiles(ours);
        assertThat(ourFiles).isNotEmpty();
        Map<String, byte[]> fopFiles = fontFiles(fops);
        assertThat(ourFiles.keySet()).isEqualTo(fopFiles.keySet());
        for (String font : ourFiles.keySet()) {
            assertThat(ourFiles.get(font)).as(font).isEqualTo(fopFiles.get(font));
        }
        List<byte[]> ourPages = pageContents(ours);
        List<byte[]> fopPages = pageContents(fops);
        assertThat(ourPages).hasSameSizeAs(fopPages);
        for (int i = 0; i < ourPages.size(); i++) {
            assertThat(new String(ourPages.get(i), StandardCharsets.ISO_8859_1)).as("page %d", i + 1)
                    .contains(" TJ\n").isEqualTo(new String(fopPages.get(i), StandardCharsets.ISO_8859_1));
        }
    }

    /** Each page's content stream, decoded. */
    static List<byte[]> pageContents(byte[] pdf) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                try (InputStream in = page.getContents()) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        return pages;
    }

    private static byte[] checked(byte[] pdf, Path example) {
        Report report = CHECKER.check(pdf, example.getFileName().toString());
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return pdf;
    }

    /** Each embedded font's decoded FontFile2, by its name without the subset tag. */
    private static Map<String, byte[]> fontFiles(byte[] pdf) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                    try (InputStream in = descriptor.getFontFile2().createInputStream()) {
                        files.put(font.getName().substring(font.getName().indexOf('+') + 1), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
