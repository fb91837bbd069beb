package vn.vanthu.conformance;

import java.util.Map;

/** What each rule checks, in the words a văn thư uses: the Vietnamese title of every rule of the checker. */
final class RuleTitles {

    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("PDF-READ", "Đọc tệp PDF"), Map.entry("PAGE-SIZE", "Khổ giấy"),
            Map.entry("PAGE-MARGINS", "Lề trang"), Map.entry("PAGE-BLANK", "Không có trang trắng"),
            Map.entry("FONT-EMBEDDED", "Phông chữ được nhúng"), Map.entry("FONT-FAMILY", "Phông chữ Times New Roman"),
            Map.entry("TEXT-NFC", "Chữ tiếng Việt dựng sẵn (Unicode NFC)"),
            Map.entry("PAGENUM", "Số trang"), Map.entry("PAGENUM-FIRST", "Trang đầu không đánh số"),
            Map.entry("PAGENUM-SIZE", "Cỡ chữ số trang"),
            Map.entry("QH-TEXT", "Quốc hiệu"), Map.entry("QH-POS", "Vị trí Quốc hiệu"),
            Map.entry("QH-SIZE", "Cỡ chữ Quốc hiệu"), Map.entry("QH-BOLD", "Quốc hiệu chữ đứng đậm"),
            Map.entry("HDR-QH-SIZE", "Cỡ chữ Quốc hiệu"),
            Map.entry("TN-TEXT", "Tiêu ngữ"), Map.entry("TN-SIZE", "Cỡ chữ Tiêu ngữ"),
            Map.entry("TN-BOLD", "Tiêu ngữ chữ đứng đậm"), Map.entry("TN-CENTRE", "Tiêu ngữ canh giữa dưới Quốc hiệu"),
            Map.entry("TN-RULE", "Đường kẻ dưới Tiêu ngữ"), Map.entry("HEADER-TEXT", "Tiêu đề văn bản của Đảng"),
            Map.entry("HEADER-SIZE", "Cỡ chữ tiêu đề"), Map.entry("HEADER-BOLD", "Tiêu đề chữ đậm"),
            Map.entry("HEADER-RULE", "Đường kẻ dưới tiêu đề"),
            Map.entry("ISSUER-TEXT", "Tên cơ quan ban hành"), Map.entry("ISSUER-SIZE", "Cỡ chữ tên cơ quan"),
            Map.entry("ISSUER-RULE", "Đường kẻ dưới tên cơ quan"), Map.entry("ISSUER-RULE-CENTRE",
                    "Đường kẻ dưới tên cơ quan canh giữa"), Map.entry("ISSUER-STAR", "Dấu sao dưới tên cơ quan Đảng"),
            Map.entry("ISSUER-TOP", "Tên cơ quan một dòng ngang Quốc hiệu"),
            Map.entry("NUMBER-FORMAT", "Số và ký hiệu"), Map.entry("NUMBER-SIZE", "Cỡ chữ số và ký hiệu"),
            Map.entry("NUMBER-POS", "Vị trí số và ký hiệu"), Map.entry("NUMBER-CASE", "Ký hiệu viết hoa"),
            Map.entry("DATE-FORMAT", "Địa danh và ngày tháng"), Map.entry("DATE-ITALIC", "Ngày tháng chữ nghiêng"),
            Map.entry("DATE-SIZE", "Cỡ chữ ngày tháng"), Map.entry("DATE-POS", "Vị trí ngày tháng"),
            Map.entry("DATE-BASELINE", "Ngày tháng ngang dòng số"),
            Map.entry("TITLE-KIND", "Tên loại văn bản"), Map.entry("TYPE-SIZE", "Cỡ chữ tên loại"),
            Map.entry("TYPE-BOLD", "Tên loại chữ đậm"), Map.entry("TRICHYEU-SIZE", "Cỡ chữ trích yếu"),
            Map.entry("TRICHYEU-BOLD", "Trích yếu chữ đậm"), Map.entry("TRICHYEU-RULE", "Đường kẻ dưới trích yếu"),
            Map.entry("TRICHYEU-RULE-CENTRE", "Đường kẻ dưới trích yếu canh giữa"),
            Map.entry("TRICHYEU-ORPHAN", "Trích yếu không có chữ mồ côi"),
            Map.entry("VV-SIZE", "Cỡ chữ trích yếu công văn (V/v)"), Map.entry("VV-BOLD", "Trích yếu công văn chữ đứng"),
            Map.entry("KINHGUI", "Kính gửi"), Map.entry("KINHGUI-SIZE", "Cỡ chữ Kính gửi"),
            Map.entry("BODY-SIZE", "Cỡ chữ nội dung"), Map.entry("BODY-INDENT", "Lùi đầu dòng"),
            Map.entry("BODY-JUSTIFY", "Căn đều hai lề"), Map.entry("BODY-SPACING", "Khoảng cách giữa các đoạn"),
            Map.entry("BODY-PITCH", "Khoảng cách giữa các dòng"), Map.entry("BODY-ENDMARK", "Dấu kết thúc ./."),
            Map.entry("SIGN-AUTHORITY", "Quyền hạn, chức vụ người ký"), Map.entry("SIGN-SIZE", "Cỡ chữ khối chữ ký"),
            Map.entry("SIGN-BOLD", "Khối chữ ký chữ đậm"), Map.entry("SIGN-NAME", "Họ tên người ký"),
            Map.entry("SIGN-NAME-CENTRE", "Họ tên canh giữa khối chữ ký"),
            Map.entry("NN-LABEL", "Nơi nhận"), Map.entry("NN-LABEL-POS", "Vị trí Nơi nhận"),
            Map.entry("NN-LABEL-SIZE", "Cỡ chữ Nơi nhận"), Map.entry("NN-LABEL-STYLE", "Nơi nhận chữ nghiêng đậm"),
            Map.entry("NN-ITEMS", "Các dòng nơi nhận"), Map.entry("NN-ITEMS-SIZE", "Cỡ chữ các dòng nơi nhận"),
            Map.entry("NN-LAST", "Dòng Lưu: VT"), Map.entry("NN-NHUTREN", "Như trên dưới Nơi nhận"),
            Map.entry("APPENDIX-REFERENCE", "Dòng kèm theo của phụ lục"),
            Map.entry("COPY-FORM", "Hình thức bản sao"), Map.entry("COPY-RULE", "Đường kẻ trên phần bản sao"),
            Map.entry("COPY-NUMBER", "Số bản sao"), Map.entry("COPY-DATE", "Ngày bản sao"),
            Map.entry("COPY-NN", "Nơi nhận bản sao"), Map.entry("COPY-E14", "Thông tin bản sao điện tử (ô 14)"),
            Map.entry("ESIGN-SIGNER-POS", "Hình chữ ký giữa chức vụ và họ tên"),
            Map.entry("ESIGN-SIGNER-CENTRE", "Hình chữ ký canh giữa"), Map.entry("ESIGN-SIGNER-COLOUR",
                    "Hình chữ ký màu xanh"), Map.entry("ESIGN-SEAL-POS", "Dấu trùm 1/3 chữ ký bên trái"),
            Map.entry("ESIGN-SEAL-SIZE", "Dấu đúng kích thước"), Map.entry("ESIGN-SEAL-COLOUR", "Dấu màu đỏ"),
            Map.entry("ESIGN-APPENDIX-INFO", "Dòng thông tin chữ ký số của phụ lục"));

    private RuleTitles() {
    }

    /** The Vietnamese title of a rule ("ND30-QH-SIZE" → "Cỡ chữ Quốc hiệu"); the id itself when none is known. */
    static String vi(String ruleId) {
        String key = ruleId.replaceFirst("^(ND30|HD36)-", "");
        return VI.getOrDefault(key, ruleId);
    }
}
