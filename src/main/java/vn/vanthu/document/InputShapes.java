package vn.vanthu.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a parsed YAML/JSON value is, in a clerk's words, and the shapes YAML gives unquoted text. */
final class InputShapes {

    private InputShapes() {
    }

    /**
     * The line a clerk typed as "- Các Sở: LĐTBXH, GDĐT" without quotes, which YAML reads as a group of one key
     * and one text; null for anything else.
     */
    static String colonLine(Object item) {
        if (item instanceof Map<?, ?> group && group.size() == 1) {
            Map.Entry<?, ?> entry = group.entrySet().iterator().next();
            if (entry.getKey() instanceof String key && entry.getValue() instanceof String value) {
                return key + ": " + value;
            }
        }
        return null;
    }

    /** A number or yes/no as YAML would print it: 12, 1.5, true. */
    static String scalar(Object value) {
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** What a value that is not text is, for a message: "số (5)", "dữ liệu nhị phân (!!binary)". */
    static String kind(Object value) {
        if (value instanceof byte[]) {
            return "dữ liệu nhị phân (!!binary)";
        }
        if (value instanceof Boolean b) {
            return "giá trị đúng/sai (" + b + ")";
        }
        if (value instanceof Number) {
            return "số (" + scalar(value) + ")";
        }
        return "giá trị kiểu " + value.getClass().getSimpleName();
    }

    /** A value as a message quotes it: "một danh sách", "'abc'". */
    static String describe(Object value) {
        if (value instanceof byte[]) {
            return kind(value);
        }
        if (value instanceof Map) {
            return "một nhóm trường";
        }
        if (value instanceof List) {
            return "một danh sách";
        }
        return "'" + InputText.nfc(String.valueOf(value)) + "'";
    }
}
