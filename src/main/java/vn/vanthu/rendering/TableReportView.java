package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.markup.Block;

/** The view model of a {@link TableReport}: the same maps the body table macro reads. */
final class TableReportView {

    private TableReportView() {
    }

    static Map<String, Object> of(TableReport report) {
        List<List<List<Block.Run>>> rows = new ArrayList<>();
        rows.add(report.headers().stream().map(TableReportView::cell).toList());
        report.rows().forEach(row -> rows.add(row.stream().map(TableReportView::cell).toList()));
        Map<String, Object> tableView = BodyView.table(new Block.Table(rows, 1));
        Map<String, Object> view = new HashMap<>();
        view.put("issuerLines", report.issuerLines());
        view.put("issuerRule", DispatchView.rule(report.issuerLines(), 12));
        view.put("placeAndDate", report.placeAndDate());
        view.put("title", report.title());
        view.put("subtitle", report.subtitle() == null ? "" : report.subtitle());
        view.put("landscape", report.landscape());
        view.put("table", tableView);
        Map<String, Object> root = new HashMap<>();
        root.put("report", view);
        root.put("draft", false);
        root.put("marks", Map.of("circulation", ""));
        return root;
    }

    private static List<Block.Run> cell(String text) {
        return List.of(new Block.Run(text == null ? "" : text, false, false));
    }
}
