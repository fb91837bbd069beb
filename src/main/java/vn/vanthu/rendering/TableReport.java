package vn.vanthu.rendering;

import java.util.List;

/**
 * A tabular document that is not a dispatch — the register of outgoing documents, the bảng tổng hợp
 * ý kiến: issuer lines and place/date as in a Decree 30 header, a centred title, a table.
 */
public record TableReport(List<String> issuerLines, String placeAndDate, String title, String subtitle,
        List<String> headers, List<List<String>> rows, boolean landscape) {

    public TableReport {
        issuerLines = List.copyOf(issuerLines);
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
