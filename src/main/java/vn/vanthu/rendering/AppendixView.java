package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanthu.document.Appendix;
import vn.vanthu.document.Attachment;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.document.markup.Numerals;

/**
 * Phụ lục (Phụ lục I, III.1; Mẫu 2.1): label, title, the "(Kèm theo … của …)" line and the body; and the
 * văn bản ban hành kèm theo (Mẫu 1.3): its header, name, trích yếu, the same reference line and its body.
 * Each is paginated on its own.
 */
final class AppendixView {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Joins words while lines are broken: a no-break space is as wide as a space, and no break point. */
    private static final String GLUE = "\u00A0";
    private static final Pattern NUMBER = Pattern.compile("\\bsố ", Pattern.UNICODE_CHARACTER_CLASS);
    static final double SIZE = 14;

    private AppendixView() {
    }

    static List<Map<String, Object>> appendices(Dispatch d, Mode mode) {
        List<Map<String, Object>> out = new ArrayList<>();
        int count = d.appendices().size();
        for (int i = 0; i < count; i++) {
            Appendix a = d.appendices().get(i);
            Map<String, Object> view = new HashMap<>();
            String label = a.label() != null ? a.label() : count == 1 ? "Phụ lục" : "Phụ lục " + Numerals.roman(i + 1);
            double width = width(a.landscape());
            view.put("label", label);
            view.put("title", a.title() == null ? List.of()
                    : LineBreaks.balancedLines(a.title().toUpperCase(VI), SIZE, true, width));
            view.put("reference", reference(d, mode, width));
            view.put("landscape", a.landscape());
            view.put("body", BodyView.of(a.body(), false));
            out.add(view);
        }
        return out;
    }

    static List<Map<String, Object>> attachments(Dispatch d, Mode mode) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attachment a : d.attachments()) {
            Map<String, Object> view = new HashMap<>();
            double width = width(a.landscape());
            List<String> title = a.title() == null ? List.of() : LineBreaks.balancedLines(a.title(), SIZE, true,
                    attachedTitleWidth(a.landscape()));
            view.put("name", a.name() == null ? "" : a.name().toUpperCase(VI));
            view.put("title", title);
            view.put("reference", reference(d, mode, width));
            view.put("rule", DispatchView.rule(title.isEmpty() ? List.of(a.name().toUpperCase(VI)) : title, SIZE));
            view.put("landscape", a.landscape());
            // Mẫu 1.3 closes the attached text with "./." like any other
            view.put("body", BodyView.of(a.body(), true));
            out.add(view);
        }
        return out;
    }

    /**
     * The reference line broken into centred lines: "số …" stays on one line with its number, and the whole date
     * "ngày … tháng … năm …" on one line, blanks included (glued by no-break spaces while breaking, plain spaces
     * after).
     */
    private static List<String> reference(Dispatch d, Mode mode, double width) {
        // the date is one unit of the line, as in the header: never "ngày 05 tháng 02 / năm 2020", nor a draft's
        // "ngày" at a line's end and its blank on the next
        String date = Formats.date(d.date(), mode);
        String dateGlued = Formats.reference(d, mode).replace(date, date.replace(" ", GLUE));
        String blanksKept = dateGlued.replace(Formats.BLANK, GLUE.repeat(Formats.BLANK.length()));
        String text = NUMBER.matcher(blanksKept).replaceAll("số" + GLUE);
        return LineBreaks.balancedItalicLines(text, SIZE, width).stream().map(l -> l.replace(GLUE, " ")).toList();
    }

    /** The width (pt) an attached text's title is broken to, centred under its name. */
    static double attachedTitleWidth(boolean landscape) {
        return width(landscape) * 0.85;
    }

    /** The text width (pt) of a phụ lục's or attached text's pages. */
    static double width(boolean landscape) {
        return Typography.mmToPt(landscape ? Typography.TEXT_WIDTH_LANDSCAPE_MM : Typography.TEXT_WIDTH_MM);
    }
}
