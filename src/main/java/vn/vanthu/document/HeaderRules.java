package vn.vanthu.document;

import java.time.YearMonth;
import java.util.List;

/** Rules for the header elements: type, issuer (ô 2, 4), number and ký hiệu (ô 3), issue date (ô 4). */
final class HeaderRules {

    private HeaderRules() {
    }

    static void check(Dispatch d, Mode mode, List<FieldProblem> problems) {
        if (d.type() == null) {
            problems.add(new FieldProblem("type", "phải có loại văn bản (ví dụ cong-van, ke-hoach, quyet-dinh)"));
        }
        issuer(d.issuer(), problems);
        if (d.number() == null && mode == Mode.FINAL) {
            problems.add(new FieldProblem("number", "văn bản chính thức phải có số"));
        } else if (d.number() != null && d.number() < 1) {
            problems.add(new FieldProblem("number", "số văn bản phải từ 1 trở lên (đang là " + d.number() + ")"));
        }
        noSpaces("symbol", d.symbol(), "ký hiệu", problems);
        noSpaces("unit", d.unit(), "viết tắt đơn vị soạn thảo", problems);
        if (d.type() != null && !d.type().hasTypeName() && d.symbol() == null && d.unit() == null) {
            problems.add(new FieldProblem("unit", d.type().displayName()
                    + " phải có ký hiệu (symbol) hoặc viết tắt đơn vị soạn thảo (unit) để ghi sau số"));
        }
        date(d.date(), mode, problems);
    }

    private static void issuer(Issuer issuer, List<FieldProblem> problems) {
        if (issuer == null || issuer.name().isEmpty()) {
            problems.add(new FieldProblem("issuer.name", "phải có tên cơ quan ban hành"));
        }
        if (issuer == null || issuer.abbreviation() == null) {
            problems.add(new FieldProblem("issuer.abbreviation", "phải có tên viết tắt của cơ quan (dùng trong ký hiệu)"));
        } else {
            noSpaces("issuer.abbreviation", issuer.abbreviation(), "tên viết tắt dùng trong ký hiệu", problems);
        }
        if (issuer == null || issuer.place() == null) {
            problems.add(new FieldProblem("issuer.place", "phải có địa danh (ví dụ Hà Nội)"));
        }
    }

    // Phụ lục I, II.3.c: no spaces inside the ký hiệu, and these abbreviations end up inside it.
    private static void noSpaces(String field, String text, String what, List<FieldProblem> problems) {
        if (text != null && text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            problems.add(new FieldProblem(field, what + " không được có dấu cách (Nghị định 30 cấm dấu cách trong"
                    + " ký hiệu): '" + text + "'"));
        }
    }

    private static void date(IssueDate date, Mode mode, List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem("date", "phải có ngày ban hành (ít nhất là năm)"));
            return;
        }
        boolean yearOk = date.year() >= 1945 && date.year() <= 2100;
        if (!yearOk) {
            problems.add(new FieldProblem("date.year", "năm phải từ 1945 đến 2100 (đang là " + date.year() + ")"));
        }
        Integer month = date.month();
        boolean monthOk = month != null && month >= 1 && month <= 12;
        if (month != null && !monthOk) {
            problems.add(new FieldProblem("date.month", "tháng phải từ 1 đến 12 (đang là " + month + ")"));
        }
        Integer day = date.day();
        if (day != null) {
            if (day < 1 || day > 31) {
                problems.add(new FieldProblem("date.day", "ngày phải từ 1 đến 31 (đang là " + day + ")"));
            } else if (monthOk && yearOk && day > YearMonth.of(date.year(), month).lengthOfMonth()) {
                String year = month == 2 ? " năm " + date.year() : "";
                problems.add(new FieldProblem("date.day", "ngày " + day + " không có trong tháng " + month + year));
            } else if (month == null) {
                problems.add(new FieldProblem("date.month", "đã có ngày thì phải có tháng"));
            }
        }
        if (mode == Mode.FINAL && day == null) {
            problems.add(new FieldProblem("date.day", "văn bản chính thức phải có ngày ban hành"));
        }
        if (mode == Mode.FINAL && month == null && day == null) {
            problems.add(new FieldProblem("date.month", "văn bản chính thức phải có tháng ban hành"));
        }
    }
}
