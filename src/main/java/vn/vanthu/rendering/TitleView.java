package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DocumentType;

/**
 * Ô 5a and what follows it before the body: the type name and trích yếu with their rule; the authority
 * lines, căn cứ and proposals of a Quyết định or Nghị quyết ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"); the "… điện:"
 * line and addressees of a Công điện (Mẫu 1.6).
 */
final class TitleView {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** A centred title is broken within this share of the text width, as the Mẫu tables set it. */
    private static final double TITLE_SHARE = 0.85;

    private TitleView() {
    }

    static Map<String, Object> title(Dispatch d, Typography t) {
        Map<String, Object> title = new HashMap<>();
        if (!d.type().hasTypeName()) {
            title.put("present", false);
            return title;
        }
        List<String> lines = d.summary() == null ? List.of()
                : LineBreaks.balancedLines(d.summary(), t.summary(), true, summaryWidth());
        String typeName = d.printedTypeName();
        title.put("present", true);
        title.put("typeName", typeName);
        title.put("lines", lines);
        // Mẫu 1.8 and 1.10 have no trích yếu: the rule sits under the type name
        title.put("rule", lines.isEmpty() ? Typography.pt(0.4 * TextMetrics.width(typeName, t.typeName(), true))
                : DispatchView.rule(lines, t.summary()));
        return title;
    }

    /** The width (pt) a trích yếu under the type name is broken to: a share of the text width, centred. */
    static double summaryWidth() {
        return Typography.mmToPt(Typography.TEXT_WIDTH_MM) * TITLE_SHARE;
    }

    /** Quyết định and Nghị quyết: authority lines, căn cứ and proposals (; … .), then the decision word. */
    static Map<String, Object> decision(Dispatch d) {
        Map<String, Object> view = new HashMap<>();
        boolean decides = d.type() == DocumentType.QUYET_DINH || d.type() == DocumentType.NGHI_QUYET;
        boolean telegram = d.type() == DocumentType.CONG_DIEN;
        view.put("present", !telegram && (decides || d.authorityLine() != null || !d.bases().isEmpty()));
        view.put("authority", telegram || d.authorityLine() == null ? List.of()
                : d.authorityLine().toUpperCase(VI).lines().toList());
        List<String> proposals = d.proposal() == null ? List.of() : d.proposal().lines().toList();
        List<String> lines = new ArrayList<>(d.bases());
        lines.addAll(proposals);
        List<String> punctuated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            punctuated.add(lines.get(i) + (i == lines.size() - 1 ? "." : ";"));
        }
        view.put("bases", punctuated.subList(0, d.bases().size()));
        view.put("proposals", punctuated.subList(d.bases().size(), punctuated.size()));
        view.put("decides", d.type() == DocumentType.QUYET_DINH ? "QUYẾT ĐỊNH:"
                : d.type() == DocumentType.NGHI_QUYET ? "QUYẾT NGHỊ:" : "");
        return view;
    }

    /** Mẫu 1.6: "<NGƯỜI, CƠ QUAN GỬI> điện:" and the addressees as a dash list (; … .), with no "Kính gửi". */
    static Map<String, Object> telegram(Dispatch d) {
        Map<String, Object> view = new HashMap<>();
        boolean telegram = d.type() == DocumentType.CONG_DIEN && d.authorityLine() != null;
        view.put("present", telegram);
        view.put("sender", telegram ? d.authorityLine().replace('\n', ' ').toUpperCase(VI) : "");
        view.put("items", telegram ? DispatchView.listed(d.recipients(), ";", ".") : List.of());
        return view;
    }
}
