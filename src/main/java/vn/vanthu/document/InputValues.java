package vn.vanthu.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the loose values of a parsed YAML/JSON tree into strings, numbers and lists, collecting a
 * problem for every value of the wrong kind instead of stopping at the first one.
 */
final class InputValues {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Every problem found so far, in input order. */
    List<FieldProblem> problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** The object at {@code path}, its keys NFC-normalised and checked against {@code object}'s keys. */
    Map<String, Object> object(Object value, String path, String object) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, "phải là một nhóm trường con (" + String.join(", ", InputKeys.of(object)) + ")");
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = InputText.nfc(String.valueOf(entry.getKey())).strip();
            if (InputKeys.of(object).contains(key)) {
                result.put(key, entry.getValue());
            } else {
                String hint = InputKeys.suggest(key, object).map(k -> " (có phải là '" + k + "'?)").orElse("");
                problem(InputText.join(path, key), "trường không được hỗ trợ" + hint);
            }
        }
        return result;
    }

    /**
     * A one-line or multi-line text; blank text counts as absent. A number, a yes/no or binary data where
     * text is due is refused ("recipients: 5" would print "Kính gửi: 5"): quoting it makes it text.
     */
    String text(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problem(path, "phải là một dòng chữ, không phải danh sách hay nhóm trường");
            return null;
        }
        if (!(value instanceof String s)) {
            problem(path, "phải là chữ, không phải " + InputShapes.kind(value)
                    + "; nếu đúng là chữ, hãy đặt trong dấu nháy kép");
            return null;
        }
        // CRLF typed in JSON strings would otherwise trip the control-character rule on every line.
        String text = InputText.nfc(s).replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    /** A code or word that YAML may have read as a number or yes/no ("mode: 1", "landscape: yes"). */
    String word(Object value, String path) {
        return value instanceof Number || value instanceof Boolean ? InputShapes.scalar(value) : text(value, path);
    }

    /** A whole number by InputNumbers' rules; callers read every kind of value through this one collector. */
    Integer integer(Object value, String path) {
        return InputNumbers.integer(value, path, this);
    }

    /** A list of one-line texts; a single text is a one-item list, blank items are dropped. */
    List<String> lines(Object value, String path, boolean stripPunctuation) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String typed = InputShapes.colonLine(items.get(i));
            Object raw = typed != null ? typed : items.get(i);
            String item = text(raw, value instanceof List ? path + "[" + i + "]" : path);
            if (item != null && stripPunctuation) {
                item = InputText.stripListPunctuation(item);
            }
            if (item != null && !item.isEmpty()) {
                result.add(item);
            }
        }
        return result;
    }

    /** A list of objects, e.g. the appendices. */
    List<Object> list(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        problem(path, "phải là danh sách (mỗi mục bắt đầu bằng '- ')");
        return List.of();
    }

    /** true/false; also the words a clerk might type. */
    boolean bool(Object value, String path) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String word = Codes.slug(InputShapes.scalar(value));
        if (List.of("true", "co", "yes").contains(word)) {
            return true;
        }
        if (!List.of("false", "khong", "no").contains(word)) {
            problem(path, "phải là true hoặc false (đang là " + InputShapes.describe(value) + ")");
        }
        return false;
    }
}
