package vn.vanthu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;

/**
 * Reads stored versions back: every one must pass the product's own Decree 30 checker (a copy for
 * signature as one, its number and day blank); the text is returned for assertions.
 */
@Component
public class CheckedPdfs {

    private final Versions versions;
    private final ConformanceChecker checker = new ConformanceChecker();

    CheckedPdfs(Versions versions) {
        this.versions = versions;
    }

    /** The checked text of one version. */
    public String text(UUID dispatch, int version) {
        StoredVersion stored = versions.list(dispatch).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow();
        byte[] pdf = versions.pdf(dispatch, version).orElseThrow();
        if ("consultation-summary".equals(stored.documentKind())) {
            assertTablePasses(pdf, dispatch + " v" + version);
        } else {
            assertPasses(pdf, stored.mode(), dispatch + " v" + version);
        }
        return PdfText.of(pdf);
    }

    /** Checks every stored version of the dispatch; returns how many were checked. */
    public int all(UUID dispatch) {
        versions.list(dispatch).forEach(v -> text(dispatch, v.version()));
        return versions.list(dispatch).size();
    }

    /** A PDF in a mode ("DRAFT", "FOR_SIGNATURE", "FINAL") passes the checker with no failure. */
    public void assertPasses(byte[] pdf, String mode, String name) {
        Report report = "FOR_SIGNATURE".equals(mode) ? checker.checkAwaitingNumber(pdf, name) : checker.check(pdf, name);
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
    }

    /** A table that goes with a dispatch (summary, comparison) passes the rules that apply to it. */
    public void assertTablePasses(byte[] pdf, String name) {
        Report report = checker.checkTableReport(pdf, name);
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        assertThat(report.findings()).extracting(f -> f.ruleId()).contains("ND30-QH-TEXT", "ND30-DATE-FORMAT");
    }

    /** The stored PDF of a version. */
    public byte[] bytes(UUID dispatch, int version) {
        return versions.pdf(dispatch, version).orElseThrow();
    }
}
