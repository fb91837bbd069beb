package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.registry.Versions;

/** Reads a stored version back: it must pass the Decree 30 checker; its text is returned for assertions. */
@Component
class StoredPdfs {

    private final Versions versions;
    private final ConformanceChecker checker;

    StoredPdfs(Versions versions, ConformanceChecker checker) {
        this.versions = versions;
        this.checker = checker;
    }

    String checkedText(UUID dispatch, int version) {
        byte[] pdf = versions.pdf(dispatch, version).orElseThrow();
        Report report = checker.check(pdf, dispatch + " v" + version);
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
