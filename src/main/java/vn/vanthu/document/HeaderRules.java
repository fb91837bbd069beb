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
        if (d.type() != null && !d.type().hasTypeName() && d.symbol() == null && d.unit() == null
                && d.style() != Style.PARTY) {
            problems.add(new FieldProblem("unit", d.type().displayName()
                    + " phải có ký hiệu (symbol) hoặc viết tắt đơn vị soạn thảo (unit) để ghi sau số"));
        } else {
            symbol(d, problems);
        }
        date("date", d.date(), mode, problems);
    }

    /** The ký hiệu's shape and case, as the conformance checker reads them (Phụ lục I, II.3; Phụ lục III). */
    private static void symbol(Dispatch d, List<FieldProblem> problems) {
        if (d.symbol() != null && d.symbol().contains("/") && d.style() == Style.ND30) {
            problems.add(new FieldProblem("symbol", "ký hiệu không có dấu '/'; số của văn bản quy phạm pháp luật"
                    + " có năm (Số: 33/2025/NQ-HĐND): ghi normative: true, năm lấy từ ngày ban hành"));
            return;
        }
        if (spaced(d.symbol()) || spaced(d.unit()) || d.issuer() != null && spaced(d.issuer().abbreviation())) {
            return; // noSpaces has said what is wrong
        }
        boolean caseOk = true;
        for (String field : new String[] {"symbol", "unit", "issuer.abbreviation"}) {
            String text = field.equals("symbol") ? d.symbol() : field.equals("unit") ? d.unit()
                    : d.issuer() == null ? null : d.issuer().abbreviation();
            List<String> wrong = text == null ? List.of() : Symbols.wrongCase(text);
            if (!wrong.isEmpty()) {
                caseOk = false;
                problems.add(new FieldProblem(field, "ký hiệu viết chữ in hoa (trừ các chữ viết tắt chính thức "
                        + String.join(", ", Symbols.MIXED_CASE.stream().sorted().toList()) + "): '"
                        + String.join("', '", wrong) + "'"));
            }
        }
        boolean complete = d.type() != null && d.issuer() != null && d.issuer().abbreviation() != null;
        if (caseOk && complete && !Symbols.wellFormed(d.symbolOrDerived(), d.style())) {
            problems.add(new FieldProblem(d.symbol() != null ? "symbol" : "issuer.abbreviation", "ký hiệu '"
                    + d.symbolOrDerived() + (d.style() == Style.PARTY
                    ? "' phải là tên loại, dấu '/', cơ quan ban hành, ví dụ CT/HU, CV/BTGTU"
                    : "' phải gồm chữ, số hoặc & nối bằng dấu gạch nối, ví dụ QĐ-UBND, UBND-KGVX")));
        }
    }

    private static boolean spaced(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
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
        if (spaced(text)) {
            problems.add(new FieldProblem(field, what + " không được có dấu cách (Nghị định 30 cấm dấu cách trong"
                    + " ký hiệu): '" + text + "'"));
        }
    }

    /** The date at {@code field} ("date", "copy.date"): year 1945–2100, a real day, complete when final. */
    static void date(String field, IssueDate date, Mode mode, List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem(field, "phải có ngày ban hành (ít nhất là năm)"));
            return;
        }
        boolean yearOk = date.year() >= 1945 && date.year() <= 2100;
        if (!yearOk) {
            problems.add(new FieldProblem(field + ".year", "năm phải từ 1945 đến 2100 (đang là " + date.year() + ")"));
        }
        Integer month = date.month();
        boolean monthOk = month != null && month >= 1 && month <= 12;
        if (month != null && !monthOk) {
            problems.add(new FieldProblem(field + ".month", "tháng phải từ 1 đến 12 (đang là " + month + ")"));
        }
        Integer day = date.day();
        if (day != null) {
            if (day < 1 || day > 31) {
                problems.add(new FieldProblem(field + ".day", "ngày phải từ 1 đến 31 (đang là " + day + ")"));
            } else if (monthOk && yearOk && day > YearMonth.of(date.year(), month).lengthOfMonth()) {
                String year = month == 2 ? " năm " + date.year() : "";
                problems.add(new FieldProblem(field + ".day", "ngày " + day + " không có trong tháng " + month + year));
            } else if (month == null) {
                problems.add(new FieldProblem(field + ".month", "đã có ngày thì phải có tháng"));
            }
        }
        if (mode == Mode.FINAL && day == null) {
            problems.add(new FieldProblem(field + ".day", "văn bản chính thức phải có ngày ban hành"));
        }
        if (mode == Mode.FINAL && month == null && day == null) {
            problems.add(new FieldProblem(field + ".month", "văn bản chính thức phải có tháng ban hành"));
        }
    }
}
