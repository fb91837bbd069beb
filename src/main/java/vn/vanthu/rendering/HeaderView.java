package vn.vanthu.rendering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;

/** The header boxes: ô 1 (Quốc hiệu, Tiêu ngữ), ô 2 (issuer), ô 3 (number), ô 4 (place, date), ô 5b (V/v). */
final class HeaderView {

    private HeaderView() {
    }

    static Map<String, Object> of(Dispatch d, Mode mode, Typography t) {
        Map<String, Object> header = new HashMap<>();
        header.put("parent", d.issuer().parent());
        header.put("name", d.issuer().name());
        header.put("issuerRule", DispatchView.rule(d.issuer().name(), t.issuer()));
        header.put("numberLine", Formats.numberLine(d, mode));
        header.put("placeDate", Formats.placeAndDate(d, mode));
        header.put("briefSummary", d.type().hasTypeName() || d.summary() == null ? List.of() : briefSummary(d, t));
        return header;
    }

    /** "V/v …" broken to fit under the number in the left column (a clerk's line feeds are kept). */
    private static List<String> briefSummary(Dispatch d, Typography t) {
        double width = Typography.mmToPt(t.leftColumnMm()) - 6;
        return TextMetrics.breakLines("V/v " + d.summary(), t.briefSummary(), false, width);
    }
}
