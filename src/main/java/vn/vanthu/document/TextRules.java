package vn.vanthu.document;

import java.util.BitSet;
import java.util.List;

/**
 * Character rules for one text field: no control characters (line feed only where lines are allowed),
 * no bidi controls that could make printed text read differently from what was checked, and only
 * characters the bundled font can draw.
 */
final class TextRules {

    private TextRules() {
    }

    /** Adds a problem for each distinct offending character of {@code text}. */
    static void check(String field, String text, boolean multiLine, List<FieldProblem> problems) {
        if (text == null) {
            return;
        }
        BitSet seen = new BitSet(); // each character is judged once; a body repeats a few hundred of them
        boolean lineFeedReported = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                if (!multiLine && !lineFeedReported) {
                    problems.add(new FieldProblem(field, "không được xuống dòng trong trường này"));
                    lineFeedReported = true;
                }
                continue;
            }
            if (seen.get(c)) {
                continue;
            }
            seen.set(c);
            String message = problem(c);
            if (message != null) {
                problems.add(new FieldProblem(field, message));
            }
        }
    }

    private static String problem(int c) {
        if (isBidiControl(c)) {
            return "ký tự đảo chiều văn bản " + code(c) + " không được phép";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "ký tự điều khiển " + code(c) + " không được phép";
        }
        if (!FontCoverage.covers(c)) {
            return "ký tự '" + new String(Character.toChars(c)) + "' (" + code(c) + ") không có trong phông chữ";
        }
        return null;
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }
}
