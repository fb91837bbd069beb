package vn.vanthu.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What each Mẫu of Phụ lục III needs from the input: trích yếu, Kính gửi, the Công điện's sender, headings. */
final class FormRules {

    /** Mẫu 1.8 and 1.10 print the type name alone, with no trích yếu under it. */
    static final Set<DocumentType> NO_SUMMARY = Set.of(DocumentType.GIAY_GIOI_THIEU, DocumentType.GIAY_NGHI_PHEP);

    private static final Locale VI = Locale.forLanguageTag("vi");

    private FormRules() {
    }

    static void check(Dispatch d, List<FieldProblem> problems) {
        // without a type (refused on its own) a trích yếu is still asked for; Set.of refuses to look up null
        if ((d.summary() == null || d.summary().isBlank()) && (d.type() == null || !NO_SUMMARY.contains(d.type()))) {
            problems.add(new FieldProblem("summary", "phải có trích yếu nội dung văn bản"));
        }
        if (d.type() == DocumentType.CONG_VAN && d.recipients().isEmpty()) {
            problems.add(new FieldProblem("recipients", "công văn phải có nơi nhận ở phần “Kính gửi”"));
        }
        if (d.type() == DocumentType.CONG_DIEN) {
            if (d.authorityLine() == null) {
                problems.add(new FieldProblem("authorityLine", "công điện phải có người hoặc cơ quan gửi điện"
                        + " (Mẫu 1.6: “THỦ TƯỚNG CHÍNH PHỦ điện:”)"));
            }
            if (d.recipients().isEmpty()) {
                problems.add(new FieldProblem("recipients", "công điện phải có cơ quan, tổ chức nhận điện"));
            }
        }
        if (d.type() == DocumentType.BIEN_BAN && d.cosigner() == null) {
            problems.add(new FieldProblem("cosigner", "biên bản có chữ ký của thư ký bên trái (Mẫu 1.9): cosigner:"
                    + " {authority: [THƯ KÝ], name: …}"));
        }
        typeName(d, problems);
        if (d.issuer() != null && d.issuer().fullName() == null
                && (!d.appendices().isEmpty() || !d.attachments().isEmpty())) {
            problems.add(new FieldProblem("issuer.fullName", "phụ lục và văn bản kèm theo ghi “(Kèm theo … của"
                    + " <cơ quan ban hành>)”: hãy ghi tên cơ quan viết thường, ví dụ “Ủy ban nhân dân tỉnh Đắk Lắk”"));
        }
        for (int i = 0; i < d.attachments().size(); i++) {
            Attachment a = d.attachments().get(i);
            if (a.name() == null) {
                problems.add(new FieldProblem("attachments[" + i + "].name",
                        "phải có tên loại của văn bản kèm theo, ví dụ QUY CHẾ, QUY ĐỊNH, DANH MỤC"));
            }
            if (a.body() == null) {
                problems.add(new FieldProblem("attachments[" + i + "].body", "văn bản kèm theo phải có nội dung"));
            }
        }
    }

    /**
     * The most words a type name line holds: it is one short centred line (Phụ lục I, II.5.b), and the checker
     * looks for it as such; what a longer one would say is the trích yếu's.
     */
    private static final int TYPE_NAME_WORDS = 6;

    /**
     * An extended type name starts with the type itself, so the ký hiệu derived from the type stays right, and
     * is short enough for one line.
     */
    private static void typeName(Dispatch d, List<FieldProblem> problems) {
        if (d.typeName() == null || d.type() == null) {
            return;
        }
        String typeWords = d.type().displayName().toUpperCase(VI);
        if (!d.type().hasTypeName()) {
            problems.add(new FieldProblem("typeName", d.type().displayName() + " không có dòng tên loại"));
        } else if (!d.typeName().toUpperCase(VI).startsWith(typeWords)) {
            problems.add(new FieldProblem("typeName", "tên loại phải bắt đầu bằng '" + typeWords + "' (loại "
                    + d.type().code() + ", ký hiệu " + d.type().abbreviation() + "), đang là '" + Echo.of(d.typeName()) + "'"));
        } else if (d.typeName().strip().split("\\s+").length > TYPE_NAME_WORDS) {
            problems.add(new FieldProblem("typeName", "tên loại dài quá " + TYPE_NAME_WORDS + " chữ: dòng tên loại"
                    + " là một dòng ngắn; phần còn lại ghi vào trích yếu (summary)"));
        }
    }
}
