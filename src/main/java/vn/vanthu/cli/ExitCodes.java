package vn.vanthu.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process exit codes, from best to worst; a batch exits with the worst code any file earned so a
 * script can tell "the PDF breaks a rule" (1) from "the input is wrong" (2) and "it could not be done" (3).
 */
final class ExitCodes {

    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int INVALID_INPUT = 2;
    static final int FAILED = 3;

    /** What picocli prints under "Mã thoát / Exit codes" in every --help, in order. */
    static final Map<String, String> HELP = help();

    private ExitCodes() {
    }

    private static Map<String, String> help() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("0", "mọi tệp đều tốt / all files fine");
        lines.put("1", "văn bản không đạt một quy tắc thể thức, hoặc chữ ký số không hợp lệ / a check failed");
        lines.put("2", "dữ liệu vào hoặc dòng lệnh không hợp lệ, các lỗi đã được liệt kê / invalid input");
        lines.put("3", "lỗi khi tạo PDF hoặc đọc, ghi tệp / rendering or file error");
        return Collections.unmodifiableMap(lines);
    }

    /** The worse of two codes. */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
