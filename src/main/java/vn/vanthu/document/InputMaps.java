package vn.vanthu.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of a dispatch as input-format trees, for {@link DispatchWriter}; absent fields are left out. */
final class InputMaps {

    private InputMaps() {
    }

    static Map<String, Object> issuer(Issuer i) {
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

    static Map<String, Object> date(IssueDate date) {
        if (date == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "day", date.day());
        put(m, "month", date.month());
        m.put("year", date.year());
        return m;
    }

    static Map<String, Object> signature(Signature s) {
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

    static Map<String, Object> distribution(Distribution d) {
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

    static Map<String, Object> marks(Marks marks) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "urgency", marks.urgency() == null ? null : slug(marks.urgency().name()));
        put(m, "secrecy", marks.secrecy() == null ? null : slug(marks.secrecy().name()));
        put(m, "circulation", marks.circulation());
        return m.isEmpty() ? null : m;
    }

    static Map<String, Object> appendix(Appendix a) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "label", a.label());
        put(m, "title", a.title());
        put(m, "body", a.body());
        put(m, "landscape", a.landscape() ? Boolean.TRUE : null);
        return m;
    }

    static Map<String, Object> attachment(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", a.name());
        put(m, "title", a.title());
        put(m, "body", a.body());
        put(m, "landscape", a.landscape() ? Boolean.TRUE : null);
        return m;
    }

    static Map<String, Object> copy(CopyForm c) {
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

    static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        m.put(key, value);
    }
}
