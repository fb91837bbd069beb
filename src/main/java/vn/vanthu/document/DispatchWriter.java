package vn.vanthu.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        put(m, "issuer", issuer(d.issuer()));
        put(m, "number", d.number());
        put(m, "symbol", d.symbol());
        put(m, "unit", d.unit());
        put(m, "date", date(d.date()));
        put(m, "summary", d.summary());
        put(m, "recipients", d.recipients());
        put(m, "authorityLine", d.authorityLine());
        put(m, "bases", d.bases());
        put(m, "proposal", d.proposal());
        put(m, "body", d.body());
        put(m, "signature", signature(d.signature()));
        put(m, "distribution", distribution(d.distribution()));
        put(m, "marks", marks(d.marks()));
        put(m, "appendices", d.appendices().stream().map(DispatchWriter::appendix).toList());
        put(m, "typeName", d.typeName());
        put(m, "normative", d.normative() ? Boolean.TRUE : null);
        put(m, "attachments", d.attachments().stream().map(DispatchWriter::attachment).toList());
        put(m, "cosigner", signature(d.cosigner()));
        put(m, "copy", copy(d.copy()));
        return m;
    }

    /** The input code of a mode: "draft", "for-signature", "final". */
    public static String code(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Object> issuer(Issuer i) {
        if (i == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "parent", i.parent());
        put(m, "name", i.name());
        put(m, "abbreviation", i.abbreviation());
        put(m, "place", i.place());
        put(m, "contact", i.contact());
        put(m, "fullName", i.fullName());
        return m;
    }

    private static Map<String, Object> date(IssueDate date) {
        if (date == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "day", date.day());
        put(m, "month", date.month());
        m.put("year", date.year());
        return m;
    }

    private static Map<String, Object> signature(Signature s) {
        if (s == null) {
            return null;
        }
        List<String> authority = new ArrayList<>();
        for (Authority a : s.authority()) {
            String prefix = a.prefix().written(Style.ND30);
            authority.add(a.title() == null ? prefix : prefix.isEmpty() ? a.title() : prefix + " " + a.title());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "authority", authority);
        put(m, "title", s.title());
        put(m, "name", s.name());
        return m;
    }

    private static Map<String, Object> distribution(Distribution d) {
        if (d == null) {
            return null;
        }
        List<Object> recipients = new ArrayList<>();
        for (int i = 0; i < d.recipients().size(); i++) {
            List<String> subs = d.subItems().get(i);
            recipients.add(subs.isEmpty() ? d.recipients().get(i) : Map.of(d.recipients().get(i), subs));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "recipients", recipients);
        put(m, "archive", d.archive());
        put(m, "drafter", d.drafterInitials());
        put(m, "copies", d.copies());
        return m;
    }

    private static Map<String, Object> marks(Marks marks) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "urgency", marks.urgency() == null ? null : slug(marks.urgency().name()));
        put(m, "secrecy", marks.secrecy() == null ? null : slug(marks.secrecy().name()));
        put(m, "circulation", marks.circulation());
        return m.isEmpty() ? null : m;
    }

    private static Map<String, Object> appendix(Appendix a) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "label", a.label());
        put(m, "title", a.title());
        put(m, "body", a.body());
        put(m, "landscape", a.landscape() ? Boolean.TRUE : null);
        return m;
    }

    private static Map<String, Object> attachment(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", a.name());
        put(m, "title", a.title());
        put(m, "body", a.body());
        put(m, "landscape", a.landscape() ? Boolean.TRUE : null);
        return m;
    }

    private static Map<String, Object> copy(CopyForm c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "form", c.kind() == null ? null : c.kind().code());
        put(m, "electronic", c.electronic() ? Boolean.TRUE : null);
        put(m, "issuer", issuer(c.issuer()));
        put(m, "number", c.number());
        put(m, "date", date(c.date()));
        put(m, "signature", signature(c.signature()));
        put(m, "distribution", distribution(c.distribution()));
        put(m, "signedAt", c.signedAt());
        return m;
    }

    private static String slug(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        m.put(key, value);
    }
}
