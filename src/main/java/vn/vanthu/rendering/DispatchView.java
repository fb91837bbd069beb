package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Issuer and trích yếu rules: inside the decree's 1/3–1/2 of the text line above them. */
    private static final double RULE_SHARE = 0.4;

    private DispatchView() {
    }

    /** The root template for the dispatch's form (Phụ lục III, Mẫu 1.4, 1.5, 1.2/1.3, 1.7; HD 36). */
    static String template(Dispatch d) {
        if (d.style() == Style.PARTY) {
            return "party.ftlx";
        }
        return switch (d.type()) {
            case CONG_VAN, THU_CONG -> "cong-van.ftlx";
            case QUYET_DINH -> "quyet-dinh.ftlx";
            case GIAY_MOI -> "giay-moi.ftlx";
            default -> "van-ban.ftlx";
        };
    }

    static Map<String, Object> of(Dispatch d, Mode mode) {
        Typography t = Typography.of(d.style());
        Map<String, Object> view = new HashMap<>();
        view.put("t", t.asMap());
        view.put("draft", mode == Mode.DRAFT);
        view.put("header", HeaderView.of(d, mode, t));
        view.put("marks", MarksView.of(d.marks()));
        view.put("title", titleArea(d, t));
        view.put("recipients", recipients(d.recipients()));
        view.put("decision", decision(d));
        view.put("body", BodyView.of(d.body(), true));
        view.put("signature", SignatureView.signature(d));
        view.put("distribution", SignatureView.distribution(d));
        view.put("contact", d.issuer().contact());
        view.put("appendices", AppendixView.of(d, mode));
        return view;
    }

    /** The PDF's title: the type name and trích yếu, or "Công văn V/v …". */
    static String documentTitle(Dispatch d) {
        String summary = d.summary() == null ? "" : d.summary().replace('\n', ' ');
        return d.type().hasTypeName() ? d.type().displayName() + " " + summary
                : d.type().displayName() + " V/v " + summary;
    }

    private static Map<String, Object> titleArea(Dispatch d, Typography t) {
        Map<String, Object> title = new HashMap<>();
        if (!d.type().hasTypeName() || d.summary() == null) {
            title.put("present", false);
            return title;
        }
        double width = Typography.mmToPt(Typography.TEXT_WIDTH_MM) * 0.85;
        List<String> lines = TextMetrics.breakLines(d.summary(), t.summary(), true, width);
        title.put("present", true);
        title.put("typeName", d.type().displayName().toUpperCase(VI));
        title.put("lines", lines);
        title.put("rule", Typography.pt(RULE_SHARE * TextMetrics.widest(lines, t.summary(), true)));
        return title;
    }

    static String rule(List<String> lines, double size) {
        return Typography.pt(RULE_SHARE * TextMetrics.widest(lines, size, true));
    }

    private static Map<String, Object> recipients(List<String> recipients) {
        Map<String, Object> view = new HashMap<>();
        view.put("present", !recipients.isEmpty());
        // the label column is exactly as wide as "Kính gửi:" so the dashes line up right after the colon
        view.put("labelWidth", Typography.pt(TextMetrics.width("Kính gửi: ", Typography.ND30.body(), false)));
        view.put("single", recipients.size() == 1);
        view.put("items", recipients.size() == 1 ? recipients : listed(recipients, ";", "."));
        return view;
    }

    /** Quyết định: the authority line, căn cứ lines (; … .), the proposal and "QUYẾT ĐỊNH:". */
    private static Map<String, Object> decision(Dispatch d) {
        Map<String, Object> view = new HashMap<>();
        view.put("present", d.type() == DocumentType.QUYET_DINH || d.authorityLine() != null || !d.bases().isEmpty());
        view.put("authority", d.authorityLine() == null ? "" : d.authorityLine().toUpperCase(VI));
        boolean proposal = d.proposal() != null && !d.proposal().isBlank();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < d.bases().size(); i++) {
            boolean last = i == d.bases().size() - 1;
            bases.add(d.bases().get(i) + (last && !proposal ? "." : ";"));
        }
        view.put("bases", bases);
        view.put("proposal", proposal ? d.proposal() + "." : "");
        view.put("decides", d.type() == DocumentType.QUYET_DINH ? "QUYẾT ĐỊNH:" : "");
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
