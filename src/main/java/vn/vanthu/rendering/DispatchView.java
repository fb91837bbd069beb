package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Style;

/**
 * Builds the template's view model from a dispatch: every string pre-formatted (numbers padded,
 * punctuation of the decree added, lines broken and rules measured), only maps, lists and strings.
 */
final class DispatchView {

    /** Issuer and trích yếu rules: inside the decree's 1/3–1/2 of the text line above them. */
    private static final double RULE_SHARE = 0.4;
    /** The Kính gửi label column (pt): exactly as wide as "Kính gửi: ", so the dashes line up after the colon. */
    private static final double KINH_GUI_LABEL = TextMetrics.width("Kính gửi: ", Typography.ND30.body(), false);
    /** The blank column before the label (templates/lib/nd30.ftlx, addresseeTable), mm. */
    private static final double KINH_GUI_INDENT_MM = 30;

    private DispatchView() {
    }

    /** The root template for the dispatch's form (Phụ lục III, Mẫu 1.1–1.10; HD 36). */
    static String template(Dispatch d) {
        if (d.style() == Style.PARTY) {
            return "party.ftlx";
        }
        return switch (d.type()) {
            case CONG_VAN, THU_CONG -> "cong-van.ftlx";
            case QUYET_DINH, NGHI_QUYET -> "quyet-dinh.ftlx";
            case CONG_DIEN -> "cong-dien.ftlx";
            case BIEN_BAN -> "bien-ban.ftlx";
            default -> "van-ban.ftlx";
        };
    }

    static Map<String, Object> of(Dispatch d, Mode mode) {
        Typography t = Typography.of(d.style());
        WideWords.check(d, t);
        // a copy reproduces an issued document: its number and day are printed whatever the copy's own mode
        Mode original = d.copy() != null ? Mode.FINAL : mode;
        Map<String, Object> view = new HashMap<>();
        view.put("t", t.asMap());
        view.put("draft", mode == Mode.DRAFT);
        view.put("header", HeaderView.of(d, original, t));
        view.put("marks", MarksView.of(d.marks()));
        view.put("title", TitleView.title(d, t));
        view.put("recipients", recipients(d));
        view.put("decision", TitleView.decision(d));
        view.put("telegram", TitleView.telegram(d));
        view.put("body", BodyView.of(d.body(), true));
        view.put("signature", SignatureView.signature(d));
        view.put("cosigner", SignatureView.signature(d.cosigner(), d.style()));
        view.put("distribution", SignatureView.distribution(d));
        view.put("contact", d.issuer().contact().stream().map(l -> BodyView.runs(
                List.of(new vn.vanthu.document.markup.Block.Run(l, false, false)))).toList());
        view.put("appendices", AppendixView.appendices(d, original));
        view.put("attachments", AppendixView.attachments(d, original));
        view.put("copy", CopyView.of(d, mode, t));
        return view;
    }

    /** The PDF's title: the type name and trích yếu, or "Công văn V/v …". */
    static String documentTitle(Dispatch d) {
        String summary = d.summary() == null ? "" : d.summary().replace('\n', ' ');
        return d.type().hasTypeName() ? d.type().displayName() + " " + summary
                : d.type().displayName() + " V/v " + summary;
    }

    static String rule(List<String> lines, double size) {
        return Typography.pt(RULE_SHARE * TextMetrics.widest(lines, size, true));
    }

    /** The width (pt) of the Kính gửi items' column: the text width less the blank column and the label. */
    static double kinhGuiWidth() {
        return Typography.mmToPt(Typography.TEXT_WIDTH_MM - KINH_GUI_INDENT_MM) - KINH_GUI_LABEL;
    }

    /** Kính gửi (ô 9a): one recipient on the label's line, several as a list; a Công điện has its own. */
    private static Map<String, Object> recipients(Dispatch d) {
        Map<String, Object> view = new HashMap<>();
        List<String> recipients = d.type() == DocumentType.CONG_DIEN ? List.of() : d.recipients();
        view.put("present", !recipients.isEmpty());
        view.put("labelWidth", Typography.pt(KINH_GUI_LABEL));
        view.put("single", recipients.size() == 1);
        view.put("items", recipients.size() == 1 ? recipients : listed(recipients, ";", "."));
        return view;
    }

    /** Items of a list the decree punctuates: each "- item;" and the last "- item.". */
    static List<String> listed(List<String> items, String separator, String end) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add("- " + items.get(i) + (i == items.size() - 1 ? end : separator));
        }
        return out;
    }
}
