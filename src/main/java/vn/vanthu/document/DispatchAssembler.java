package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds a Dispatch from a parsed YAML/JSON tree, field by field, collecting every problem. */
final class DispatchAssembler {

    private final InputValues in = new InputValues();

    /** The dispatch, or InvalidDispatch listing every bad field. */
    static Dispatch assemble(Map<String, Object> tree) {
        return new DispatchAssembler().build(tree);
    }

    private Dispatch build(Map<String, Object> raw) {
        Map<String, Object> root = in.object(raw, "", InputKeys.ROOT);
        Dispatch dispatch = new Dispatch(
                code(root.get("style"), "style", Codes::style, "nd30 hoặc party"),
                type(root.get("type")),
                issuer(in.object(root.get("issuer"), "issuer", "issuer")),
                in.integer(root.get("number"), "number"),
                in.text(root.get("symbol"), "symbol"),
                in.text(root.get("unit"), "unit"),
                IssueDates.read(root.get("date"), in),
                in.text(root.get("summary"), "summary"),
                in.lines(root.get("recipients"), "recipients", true),
                in.text(root.get("authorityLine"), "authorityLine"),
                in.lines(root.get("bases"), "bases", true),
                in.text(root.get("proposal"), "proposal"),
                body(root.get("body"), "body"),
                signature(in.object(root.get("signature"), "signature", "signature")),
                distribution(in.object(root.get("distribution"), "distribution", "distribution")),
                marks(in.object(root.get("marks"), "marks", "marks")),
                appendices(root.get("appendices")),
                code(root.get("mode"), "mode", Codes::mode, "draft hoặc final"));
        if (!in.problems().isEmpty()) {
            throw new InvalidDispatch(in.problems());
        }
        return dispatch;
    }

    private DocumentType type(Object value) {
        String text = in.text(value, "type");
        if (text == null) {
            return null; // a missing type is the validator's to report, with the other required fields
        }
        Optional<DocumentType> type = Codes.type(text);
        if (type.isEmpty()) {
            in.problem("type", "không có loại văn bản '" + text + "' trong Nghị định 30 (dùng mã như cong-van,"
                    + " ke-hoach, quyet-dinh, viết tắt như KH hoặc tên như Kế hoạch)");
        }
        return type.orElse(null);
    }

    private Issuer issuer(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        return new Issuer(in.lines(m.get("parent"), "issuer.parent", false),
                in.lines(m.get("name"), "issuer.name", false),
                in.text(m.get("abbreviation"), "issuer.abbreviation"),
                in.text(m.get("place"), "issuer.place"),
                in.lines(m.get("contact"), "issuer.contact", false));
    }

    private Signature signature(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        List<Authority> authority = in.lines(m.get("authority"), "signature.authority", false).stream()
                .map(Codes::authority).toList();
        return new Signature(authority, in.text(m.get("title"), "signature.title"),
                in.text(m.get("name"), "signature.name"), null, null);
    }

    private Distribution distribution(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        String archive = in.text(m.get("archive"), "distribution.archive");
        if (archive != null) {
            // "Lưu: VT, KGVX." typed in full: vanthu writes "- Lưu:" and the final full stop itself.
            archive = InputText.stripListPunctuation(archive.replaceFirst("^(?iu)lưu\\s*:\\s*", ""));
            archive = archive.isEmpty() ? null : archive;
        }
        return new Distribution(in.lines(m.get("recipients"), "distribution.recipients", true), archive,
                in.text(m.get("drafter"), "distribution.drafter"),
                in.integer(m.get("copies"), "distribution.copies"));
    }

    private Marks marks(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        return new Marks(code(m.get("urgency"), "marks.urgency", Codes::urgency, "khan, thuong-khan hoặc hoa-toc"),
                code(m.get("secrecy"), "marks.secrecy", Codes::secrecy, "mat, toi-mat hoặc tuyet-mat"),
                in.text(m.get("circulation"), "marks.circulation"));
    }

    private List<Appendix> appendices(Object value) {
        List<Appendix> result = new ArrayList<>();
        List<Object> items = in.list(value, "appendices");
        for (int i = 0; i < items.size(); i++) {
            String path = "appendices[" + i + "]";
            Map<String, Object> m = in.object(items.get(i), path, InputKeys.APPENDIX);
            if (m == null) {
                continue; // object() has already said what an appendix must look like
            }
            result.add(new Appendix(in.text(m.get("label"), path + ".label"), in.text(m.get("title"), path + ".title"),
                    body(m.get("body"), path + ".body"), in.bool(m.get("landscape"), path + ".landscape")));
        }
        return result;
    }

    // The body keeps its leading indentation (markup may depend on it); only surrounding blank lines go.
    private String body(Object value, String path) {
        if (value instanceof String s) {
            String text = InputText.nfc(s).replace("\r\n", "\n").stripTrailing().replaceFirst("^(\\s*\\n)+", "");
            return text.isBlank() ? null : text;
        }
        return in.text(value, path);
    }

    private <T> T code(Object value, String path, Function<String, Optional<T>> lookup, String allowed) {
        String text = in.text(value, path);
        if (text == null) {
            return null;
        }
        Optional<T> found = lookup.apply(text);
        if (found.isEmpty()) {
            in.problem(path, "phải là " + allowed + " (đang là '" + text + "')");
        }
        return found.orElse(null);
    }
}
