package vn.vanthu.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import vn.vanthu.signing.VerificationView;

/** The Vietnamese report of "vanthu verify", one block per file. */
final class VerifyText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy (xxx)");

    private VerifyText() {
    }

    static void print(VerificationView v, PrintWriter out) {
        out.println(v.file() + ": " + (v.valid() ? "HỢP LỆ" : "KHÔNG HỢP LỆ") + " — " + v.summary());
        int n = 0;
        for (VerificationView.SignatureView s : v.signatures()) {
            n++;
            out.println("  Chữ ký " + n + (s.role() == null ? "" : " — " + s.role()) + ": " + s.verdict());
            out.println("    Người ký:        " + s.signer() + (s.organisation() == null ? "" : " (" + s.organisation() + ")"));
            out.println("    Thời điểm ký:    " + (s.signingTime() == null ? "không rõ" : TIME.format(s.signingTime())));
            out.println("    Mức chữ ký:      " + s.level());
            out.println("    Chuỗi chứng thư: " + s.certificateChain()
                    + (s.chainTrusted() ? "" : " — không dẫn tới chứng thư gốc được tin cậy"));
            out.println("    Sau khi ký:      " + (s.disallowedChange() ? "văn bản bị sửa ngoài phạm vi cho phép"
                    : s.changedAfterSigning() ? "có thay đổi được phép (điền số, ngày; chữ ký tiếp theo; dữ liệu kiểm tra)"
                    : "không thay đổi"));
            s.errors().forEach(e -> out.println("    Lỗi:             " + e));
        }
        out.println("  PDF/A-2b: " + (v.pdfA().compliant() ? "đạt" : "không đạt " + v.pdfA().failedRules()));
        if (v.register() != null) {
            out.println("  Sổ văn bản đi: số " + v.register().numberAndSymbol() + " ngày " + v.register().date() + " — "
                    + v.register().summary() + (v.register().recalled() ? " — ĐÃ THU HỒI" : ""));
        }
        out.println("  SHA-256: " + v.sha256());
    }
}
