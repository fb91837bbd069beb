package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * Page contents and font files deflated once at vanthu's level; every other stream as FOP writes it
 * (ExamplesTests checks with {@link #uncompressed} that no example has a stream left uncompressed).
 */
class FastFlateTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();

    @Test
    void pageContentsAndFontFilesAreDeflatedOnceAtVanthusLevelAndReadBackWhole() throws IOException {
        Dispatch plan = DispatchReader.read(Path.of("examples/003-ke-hoach-lai-chau.yaml"));
        byte[] pdf = RENDERER.render(plan, plan.mode());
        Report report = new ConformanceChecker().check(pdf, "003");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();

        List<Stream> ours = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                ours.add(Stream.of("page content", (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS)));
            }
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var descriptor = doc.getPage(0).getResources().getFont(name).getFontDescriptor();
                ours.add(Stream.of("font file", descriptor.getFontFile2().getCOSObject()));
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("MỤC ĐÍCH, YÊU CẦU");
        }
        assertThat(ours).hasSizeGreaterThan(8 + 1);
        long atOurs = 0;
        long atSix = 0;
        for (Stream stream : ours) {
            assertThat(stream.filter()).as(stream.what()).isEqualTo(COSName.FLATE_DECODE);
            assertThat(stream.encoded()).as(stream.what()).isEqualTo(deflated(stream.decoded(), FastFlate.LEVEL).length);
            atOurs += stream.encoded();
            atSix += deflated(stream.decoded(), Deflater.DEFAULT_COMPRESSION).length;
        }
        // not FOP's default level under another name: level 6 would have made them smaller
        assertThat(atOurs).isGreaterThan(atSix);
    }

    /** The streams of a PDF that carry no filter, XMP packets aside (PDF/A wants those readable). */
    static List<String> uncompressed(byte[] pdf) throws IOException {
        List<String> plain = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSBase object = doc.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream && !COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))
                        && stream.getFilters() == null) {
                    plain.add(key + " " + stream.keySet());
                }
            }
        }
        return plain;
    }

    private static byte[] deflated(byte[] data, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private record Stream(String what, COSBase filter, byte[] decoded, int encoded) {

        static Stream of(String what, COSStream stream) throws IOException {
            try (InputStream decoded = stream.createInputStream(); InputStream raw = stream.createRawInputStream()) {
                return new Stream(what, stream.getFilters(), decoded.readAllBytes(),
                        raw.readAllBytes().length);
            }
        }
    }
}
