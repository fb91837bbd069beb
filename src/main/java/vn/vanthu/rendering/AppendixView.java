package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanthu.document.Appendix;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.document.markup.Numerals;

/** Phụ lục (Phụ lục I, III.1): label, title, the "(Kèm theo …)" line and the body, each paginated alone. */
final class AppendixView {

    private AppendixView() {
    }

    static List<Map<String, Object>> of(Dispatch d, Mode mode) {
        List<Map<String, Object>> out = new ArrayList<>();
        int count = d.appendices().size();
        for (int i = 0; i < count; i++) {
            Appendix a = d.appendices().get(i);
            Map<String, Object> view = new HashMap<>();
            String label = a.label() != null ? a.label() : count == 1 ? "Phụ lục" : "Phụ lục " + Numerals.roman(i + 1);
            view.put("label", label);
            view.put("title", a.title() == null ? "" : a.title().toUpperCase(Locale.forLanguageTag("vi")));
            view.put("reference", reference(d, mode));
            view.put("landscape", a.landscape());
            view.put("body", BodyView.of(a.body(), false));
            out.add(view);
        }
        return out;
    }

    /** "(Kèm theo Công văn số 05/UBND-KGVX ngày 05 tháng 02 năm 2020)" with the draft blanks. */
    private static String reference(Dispatch d, Mode mode) {
        String number = Formats.numberLine(d, mode).replaceFirst("^Số:? ", "");
        return "(Kèm theo " + d.type().displayName() + " số " + number + " " + Formats.date(d.date(), mode) + ")";
    }
}
