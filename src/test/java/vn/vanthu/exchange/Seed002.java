package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * The issued document of the exchange tests: UBND tỉnh Đắk Lắk's Công văn of seed 002
 * (examples/002b-…yaml), signed by its Phó Chủ tịch, marked khẩn, given a number and today's date, rendered
 * in final mode and passed through the product's Decree 30 checker — until the lead drives it from the chain.
 */
final class Seed002 {

    static final Path EXAMPLE = Path.of("examples/002b-cong-van-ubnd-dak-lak-du-thao.yaml");
    static final String SIGNER = "Trần Thị Thu Hà";

    private Seed002() {
    }

    /** The Công văn with its number and date, as the văn thư issues it. */
    static Dispatch dispatch(int number, LocalDate on) {
        return dispatch(number, on, "triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội");
    }

    /** The same Công văn with another trích yếu. */
    static Dispatch dispatch(int number, LocalDate on, String summary) {
        try {
            String yaml = Files.readString(EXAMPLE)
                    .replace("  title: PHÓ CHỦ TỊCH\n", "  title: PHÓ CHỦ TỊCH\n  name: " + SIGNER + "\n")
                    .replace("summary: triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội",
                            "summary: " + summary)
                    + "marks:\n  urgency: khan\n";
            return DispatchReader.read(yaml, EXAMPLE.getFileName().toString()).issued(number, IssueDate.of(on));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The final PDF, checked: a PDF a test produces passes the Decree 30 checker. */
    static byte[] pdf(DocumentRenderer renderer, Dispatch d) {
        byte[] pdf = renderer.render(d, Mode.FINAL);
        Report report = new ConformanceChecker().check(pdf, "seed 002 issued");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return pdf;
    }

    /** The issued document UBND's văn thư sends to the confirmed recipients. */
    static IssuedDocument issued(DocumentRenderer renderer, int number, List<Recipient> recipients) {
        Dispatch d = dispatch(number, LocalDate.now(DispatchPackages.VIETNAM));
        return new IssuedDocument(UUID.randomUUID(), d, pdf(renderer, d), "ubnd", recipients, "vt.ubnd", null, null);
    }
}
