package vn.vanthu.document;

import static vn.vanthu.document.InputMaps.put;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a dispatch back in the input format (docs/input-format.md), the inverse of
 * {@link DispatchReader#fromMap}: reading what it writes gives the same dispatch. Stored drafts and the
 * API speak this format, so a clerk reads and edits exactly what they would type.
 */
public final class DispatchWriter {

    private DispatchWriter() {
    }

    /** The dispatch as an input tree; absent fields are left out. Signature images are not input. */
    public static Map<String, Object> toMap(Dispatch d) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "style", d.style() == Style.PARTY ? "party" : null);
        put(m, "type", d.type() == null ? null : d.type().code());
        put(m, "mode", code(d.mode()));
        put(m, "issuer", InputMaps.issuer(d.issuer()));
        put(m, "number", d.number());
        put(m, "symbol", d.symbol());
        put(m, "unit", d.unit());
        put(m, "date", InputMaps.date(d.date()));
        put(m, "summary", d.summary());
        put(m, "recipients", d.recipients());
        put(m, "authorityLine", d.authorityLine());
        put(m, "bases", d.bases());
        put(m, "proposal", d.proposal());
        put(m, "body", d.body());
        put(m, "signature", InputMaps.signature(d.signature()));
        put(m, "distribution", InputMaps.distribution(d.distribution()));
        put(m, "marks", InputMaps.marks(d.marks()));
        put(m, "appendices", d.appendices().stream().map(InputMaps::appendix).toList());
        put(m, "typeName", d.typeName());
        put(m, "normative", d.normative() ? Boolean.TRUE : null);
        put(m, "attachments", d.attachments().stream().map(InputMaps::attachment).toList());
        put(m, "cosigner", InputMaps.signature(d.cosigner()));
        put(m, "copy", InputMaps.copy(d.copy()));
        return m;
    }

    /** The input code of a mode: "draft", "for-signature", "final". */
    public static String code(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
