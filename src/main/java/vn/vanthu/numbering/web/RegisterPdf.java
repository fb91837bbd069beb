package vn.vanthu.numbering.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Agency;
import vn.vanthu.document.IssueDate;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.TableReport;

/** The register printed as a landscape PDF/A under the agency's Decree 30 header. */
@Component
class RegisterPdf {

    static final List<String> HEADERS = List.of(RegisterCsv.HEADER.split(","));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentRenderer renderer;

    RegisterPdf(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] of(Agency agency, int year, List<RegisterEntry> entries, LocalDate printedOn) {
        List<String> issuer = new ArrayList<>(agency.parentLines());
        issuer.addAll(agency.nameLines());
        List<List<String>> rows = entries.stream().map(e -> List.of(DATE.format(e.issuedOn()), e.numberAndSymbol(),
                e.summary(), text(e.signer()), text(e.recipients()), RegisterLine.seriesLabel(e.series()))).toList();
        return renderer.renderTable(new TableReport(issuer, placeAndDate(agency.place(), printedOn),
                "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + year, null, HEADERS, rows, true));
    }

    /** Decree 30 §5: day below 10 and months 1–2 zero-padded, months 3–12 not. */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + IssueDate.of(date).spelled();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
