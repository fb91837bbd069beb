package vn.vanthu.document;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A bản sao (Phụ lục I, Phần II): the copied document is an issued one (its number and day are printed
 * whatever the copy's own mode), and the copy carries the copying body, its number, date and signer.
 */
final class CopyRules {

    private CopyRules() {
    }

    static void check(Dispatch d, Mode mode, List<FieldProblem> problems) {
        CopyForm copy = d.copy();
        if (copy == null) {
            return;
        }
        if (copy.kind() == null) {
            problems.add(new FieldProblem("copy.form", "phải có hình thức sao: sao-y, sao-luc hoặc trich-sao"));
        }
        // a final document's own rules already ask for them; a draft copy still copies an issued document
        if (d.number() == null && mode.awaitsNumber()) {
            problems.add(new FieldProblem("number", "bản sao sao từ văn bản đã ban hành: phải có số của văn bản"));
        }
        if (d.date() != null && !d.date().complete() && mode.awaitsNumber()) {
            problems.add(new FieldProblem("date.day", "bản sao sao từ văn bản đã ban hành: phải có ngày, tháng"));
        }
        Issuer issuer = copy.issuer();
        if (copy.electronic()) {
            electronic(copy, mode, problems);
            return;
        }
        if (issuer == null || issuer.name().isEmpty()) {
            problems.add(new FieldProblem("copy.issuer.name", "phải có tên cơ quan, tổ chức sao văn bản"));
        }
        if (issuer == null || issuer.abbreviation() == null) {
            problems.add(new FieldProblem("copy.issuer.abbreviation", "phải có tên viết tắt của cơ quan sao (ký hiệu"
                    + " bản sao, ví dụ SY-VPUBND)"));
        } else if (!Symbols.wrongCase(issuer.abbreviation()).isEmpty() || issuer.abbreviation().contains(" ")) {
            problems.add(new FieldProblem("copy.issuer.abbreviation", "viết chữ in hoa, không có dấu cách: '"
                    + issuer.abbreviation() + "'"));
        }
        if (issuer == null || issuer.place() == null) {
            problems.add(new FieldProblem("copy.issuer.place", "phải có địa danh của cơ quan sao"));
        }
        if (copy.number() == null && mode == Mode.FINAL) {
            problems.add(new FieldProblem("copy.number", "bản sao phải có số bản sao"));
        }
        HeaderRules.date("copy.date", copy.date(), mode, problems);
        DispatchValidator.signature("copy.signature", copy.signature(), d.style(), mode.needsSigner(), problems);
    }

    /** Mẫu 3.2: only ô 14, naming the copying body in running text and the time of its digital signature. */
    private static void electronic(CopyForm copy, Mode mode, List<FieldProblem> problems) {
        if (copy.issuer() == null || copy.issuer().fullName() == null) {
            problems.add(new FieldProblem("copy.issuer.fullName", "bản sao điện tử ghi tên cơ quan sao bằng chữ in"
                    + " thường ở ô 14, ví dụ “Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk”"));
        }
        if (copy.signedAt() == null) {
            if (mode == Mode.FINAL) {
                problems.add(new FieldProblem("copy.signedAt", "bản sao điện tử ghi thời gian ký số (ISO 8601, ví dụ"
                        + " 2025-03-10T09:30:00+07:00)"));
            }
            return;
        }
        try {
            OffsetDateTime.parse(copy.signedAt());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("copy.signedAt", "thời gian ký viết theo ISO 8601 có múi giờ, ví dụ"
                    + " 2025-03-10T09:30:00+07:00 (đang là '" + Echo.of(copy.signedAt()) + "')"));
        }
    }
}
