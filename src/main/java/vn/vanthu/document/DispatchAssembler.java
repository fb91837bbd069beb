package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds a Dispatch from a parsed YAML/JSON tree, field by field, collecting every problem. */
final class DispatchAssembler {

    // "V/v", "V/v:", "Về việc" and "về việc:" at the start, when some trích yếu follows them
    private static final Pattern TYPED_VV = Pattern.compile("^(?iu)(?:v/v|về\\s+việc)\\s*[:.]?\\s*(?=\\S)");

    private final InputValues in = new InputValues();
    private final InputParts parts = new InputParts(in);

    /** The dispatch, or InvalidDispatch listing every bad field. */
    static Dispatch assemble(Map<String, Object> tree) {
        return new DispatchAssembler().build(tree);
    }

    private Dispatch build(Map<String, Object> raw) {
        Map<String, Object> root = in.object(raw, "", InputKeys.ROOT);
        Style style = parts.code(root.get("style"), "style", Codes::style, "nd30 hoặc party");
        DocumentType type = type(root.get("type"));
        Dispatch dispatch = new Dispatch(
                style,
                type,
                parts.issuer(root.get("issuer"), "issuer"),
                in.integer(root.get("number"), "number"),
                in.text(root.get("symbol"), "symbol"),
                in.text(root.get("unit"), "unit"),
                IssueDates.read(root.get("date"), in),
                summary(in.text(root.get("summary"), "summary"), type),
                in.lines(root.get("recipients"), "recipients", true),
                multiLine(root.get("authorityLine"), "authorityLine", false),
                in.lines(root.get("bases"), "bases", true),
                multiLine(root.get("proposal"), "proposal", true),
                body(root.get("body"), "body"),
                parts.signature(root.get("signature"), "signature"),
                parts.distribution(root.get("distribution"), "distribution"),
                parts.marks(root.get("marks")),
                appendices(root.get("appendices")),
                parts.code(root.get("mode"), "mode", Codes::mode, "draft, for-signature hoặc final"),
                in.text(root.get("typeName"), "typeName"),
                in.bool(root.get("normative"), "normative"),
                attachments(root.get("attachments")),
                parts.signature(root.get("cosigner"), "cosigner"),
                parts.copy(root.get("copy")));
        if (!in.problems().isEmpty()) {
            throw new InvalidDispatch(in.problems());
        }
        return dispatch;
    }

    /** A Công văn's trích yếu follows the "V/v" vanthu prints (ô 5b): a typed "V/v" or "Về việc" before it goes. */
    private static String summary(String text, DocumentType type) {
        if (text == null || type == null || type.hasTypeName()) {
            return text;
        }
        return TYPED_VV.matcher(text).replaceFirst("");
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

    /** A text of several lines, typed as one text with line feeds or as a list; list punctuation optional. */
    private String multiLine(Object value, String path, boolean stripPunctuation) {
        if (value instanceof List<?>) {
            List<String> lines = in.lines(value, path, stripPunctuation);
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        String text = in.text(value, path);
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip)
                .map(l -> stripPunctuation ? InputText.stripListPunctuation(l) : l).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private List<Appendix> appendices(Object value) {
        List<Appendix> result = new ArrayList<>();
        List<Object> items = in.list(value, "appendices");
        for (int i = 0; i < items.size(); i++) {
            String path = "appendices[" + i + "]";
            Map<String, Object> m = in.object(items.get(i), path, InputKeys.APPENDIX);
            if (m != null) { // else object() has already said what an appendix must look like
                result.add(new Appendix(in.text(m.get("label"), path + ".label"),
                        in.text(m.get("title"), path + ".title"), body(m.get("body"), path + ".body"),
                        in.bool(m.get("landscape"), path + ".landscape")));
            }
        }
        return result;
    }

    private List<Attachment> attachments(Object value) {
        List<Attachment> result = new ArrayList<>();
        List<Object> items = in.list(value, "attachments");
        for (int i = 0; i < items.size(); i++) {
            String path = "attachments[" + i + "]";
            Map<String, Object> m = in.object(items.get(i), path, InputKeys.ATTACHMENT);
            if (m != null) {
                result.add(new Attachment(in.text(m.get("name"), path + ".name"),
                        in.text(m.get("title"), path + ".title"), body(m.get("body"), path + ".body"),
                        in.bool(m.get("landscape"), path + ".landscape")));
            }
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
}
