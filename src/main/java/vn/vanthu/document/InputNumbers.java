package vn.vanthu.document;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads a whole number from any of the shapes YAML and JSON give one, reporting the rest as problems. */
final class InputNumbers {

    private InputNumbers() {
    }

    /** A whole number; digit-only text ("05") is accepted because YAML reads 08 and 09 as text. */
    static Integer integer(Object value, String path, InputValues in) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            return fits(new BigDecimal(value.toString()), path, in);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal number = new BigDecimal(value.toString());
            if (number.stripTrailingZeros().scale() > 0) {
                in.problem(path, "phải là số nguyên (đang là " + value + ")");
                return null;
            }
            return fits(number, path, in);
        }
        String text = value instanceof String s ? InputText.nfc(s).strip() : null;
        if (text != null && text.matches("[+-]?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        in.problem(path, "phải là số (đang là " + InputShapes.describe(value) + ")");
        return null;
    }

    private static Integer fits(BigDecimal number, String path, InputValues in) {
        if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            in.problem(path, "số quá lớn (" + number.toBigInteger() + ")");
            return null;
        }
        return number.intValue();
    }
}
