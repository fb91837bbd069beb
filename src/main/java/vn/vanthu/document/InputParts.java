package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads the nested objects of an input (issuer, signature, Nơi nhận, marks, copy form), collecting problems. */
final class InputParts {

    private final InputValues in;

    InputParts(InputValues in) {
        this.in = in;
    }

    Issuer issuer(Object value, String path) {
        Map<String, Object> m = in.object(value, path, "issuer");
        if (m == null) {
            return null;
        }
        return new Issuer(in.lines(m.get("parent"), path + ".parent", false),
                in.lines(m.get("name"), path + ".name", false),
                in.text(m.get("abbreviation"), path + ".abbreviation"),
                in.text(m.get("place"), path + ".place"),
                in.lines(m.get("contact"), path + ".contact", false),
                in.text(m.get("fullName"), path + ".fullName"));
    }

    Signature signature(Object value, String path) {
        Map<String, Object> m = in.object(value, path, "signature");
        if (m == null) {
            return null;
        }
        List<Authority> authority = in.lines(m.get("authority"), path + ".authority", false).stream()
                .map(Codes::authority).toList();
        return new Signature(authority, in.text(m.get("title"), path + ".title"),
                in.text(m.get("name"), path + ".name"), null, null);
    }

    Distribution distribution(Object value, String path) {
        Map<String, Object> m = in.object(value, path, "distribution");
        if (m == null) {
            return null;
        }
        String archive = in.text(m.get("archive"), path + ".archive");
        if (archive != null) {
            // "Lưu: VT, KGVX." typed in full: vanthu writes "- Lưu:" and the final full stop itself.
            archive = InputText.stripListPunctuation(archive.replaceFirst("^(?iu)lưu\\s*:\\s*", ""));
            archive = archive.isEmpty() ? null : archive;
        }
        List<String> recipients = new ArrayList<>();
        List<List<String>> subItems = new ArrayList<>();
        recipients(m.get("recipients"), path + ".recipients", recipients, subItems);
        return new Distribution(recipients, archive, in.text(m.get("drafter"), path + ".drafter"),
                in.integer(m.get("copies"), path + ".copies"), subItems);
    }

    /**
     * Items are lines, or one-key groups "VP UBND tỉnh: [LĐVP, KGVX]" whose list prints as "+" sub-items; a
     * group with one text after the colon is the line the clerk typed.
     */
    private void recipients(Object value, String path, List<String> recipients, List<List<String>> subItems) {
        List<?> items = value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String itemPath = value instanceof List ? path + "[" + i + "]" : path;
            String typed = InputShapes.colonLine(item);
            if (typed != null) {
                item = typed; // "- Các Sở: LĐTBXH, GDĐT" unquoted: YAML read a one-key group, the clerk typed a line
            }
            if (item instanceof Map<?, ?> group) {
                if (group.size() != 1) {
                    in.problem(itemPath, "một nơi nhận có mục con viết dạng 'Tên nơi nhận: [mục con, …]' (một tên"
                            + " mỗi mục)");
                    continue;
                }
                Map.Entry<?, ?> entry = group.entrySet().iterator().next();
                String head = in.text(entry.getKey(), itemPath);
                List<String> subs = in.lines(entry.getValue(), itemPath + ".items", true);
                if (head != null) {
                    recipients.add(InputText.stripListPunctuation(head).replaceFirst("\\s*:$", ""));
                    subItems.add(subs.stream().map(s -> s.replaceFirst("^\\+\\s*", "")).toList());
                }
            } else {
                String text = in.text(item, itemPath);
                String line = text == null ? "" : InputText.stripListPunctuation(text);
                if (!line.isEmpty()) {
                    recipients.add(line);
                    subItems.add(List.of());
                }
            }
        }
    }

    Marks marks(Object value) {
        Map<String, Object> m = in.object(value, "marks", "marks");
        if (m == null) {
            return null;
        }
        return new Marks(code(m.get("urgency"), "marks.urgency", Codes::urgency, "khan, thuong-khan hoặc hoa-toc"),
                code(m.get("secrecy"), "marks.secrecy", Codes::secrecy, "mat, toi-mat hoặc tuyet-mat"),
                in.text(m.get("circulation"), "marks.circulation"));
    }

    CopyForm copy(Object value) {
        Map<String, Object> m = in.object(value, "copy", InputKeys.COPY);
        if (m == null) {
            return null;
        }
        CopyForm.Kind kind = code(m.get("form"), "copy.form", Codes::copyKind, "sao-y, sao-luc hoặc trich-sao");
        if (kind == null && m.get("form") == null) {
            in.problem("copy.form", "phải có hình thức sao: sao-y, sao-luc hoặc trich-sao");
        }
        return new CopyForm(kind, in.bool(m.get("electronic"), "copy.electronic"), issuer(m.get("issuer"), "copy.issuer"),
                in.integer(m.get("number"), "copy.number"), IssueDates.read(m.get("date"), in, "copy.date"),
                signature(m.get("signature"), "copy.signature"),
                distribution(m.get("distribution"), "copy.distribution"), in.text(m.get("signedAt"), "copy.signedAt"));
    }

    <T> T code(Object value, String path, Function<String, Optional<T>> lookup, String allowed) {
        String text = in.word(value, path);
        if (text == null) {
            return null;
        }
        Optional<T> found = lookup.apply(text);
        if (found.isEmpty()) {
            in.problem(path, "phải là " + allowed + " (đang là '" + Echo.of(text) + "')");
        }
        return found.orElse(null);
    }
}
