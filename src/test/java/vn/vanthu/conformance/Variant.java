package vn.vanthu.conformance;

import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.vanthu.conformance.FixturePdf.Style;

/** What a fixture document changes from the conforming layout; each knob breaks (at most) one rule. */
record Variant(Map<Knob, Object> values) {

    enum Knob {
        PAPER(PDRectangle.A4), SHIFT_MM(0f), QH_BOLD(true), TIEU_NGU("Độc lập - Tự do - Hạnh phúc"),
        TN_RULE_SCALE(1f), ISSUER_RULE_RATIO(0.4f), NUMBER(""), DATE(""), BODY_SIZE(14f), NOI_NHAN(true),
        NOI_NHAN_ITEMS(java.util.List.of("- Như trên;", "- UBND tỉnh (để báo cáo);", "- Lưu: VT, BTXH.")),
        NUMBER_ON_FIRST(false), PAGE_NUMBER_STYLE(Style.REGULAR), DRAFT(false), REFERENCE(""), BLANK_PAGE(false);

        final Object standard;

        Knob(Object standard) {
            this.standard = standard;
        }
    }

    Variant {
        values = Map.copyOf(values);
    }

    static Variant standard() {
        return new Variant(Map.of());
    }

    Variant with(Knob knob, Object value) {
        Map<Knob, Object> copy = new EnumMap<>(Knob.class);
        copy.putAll(values);
        copy.put(knob, value);
        return new Variant(copy);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Knob knob) {
        return (T) values.getOrDefault(knob, knob.standard);
    }

    /** A text knob, or the document's own default when the knob is not set. */
    String text(Knob knob, String fallback) {
        String value = get(knob);
        return value.isEmpty() ? fallback : value;
    }
}
