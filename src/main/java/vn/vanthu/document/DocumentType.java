package vn.vanthu.document;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 29 administrative document types of Decree 30, Điều 7, with their Phụ lục III abbreviations. */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_VAN("Công văn", null),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    THU_CONG("Thư công", null);

    private final String displayName;
    private final String abbreviation;

    DocumentType(String displayName, String abbreviation) {
        this.displayName = displayName;
        this.abbreviation = abbreviation;
    }

    /** The Vietnamese name as written in Điều 7, e.g. "Kế hoạch". */
    public String displayName() {
        return displayName;
    }

    /** The Phụ lục III abbreviation used in the ký hiệu, or null for Công văn and Thư công. */
    public String abbreviation() {
        return abbreviation;
    }

    /** True for documents that carry a type name line (everything but Công văn and Thư công). */
    public boolean hasTypeName() {
        return abbreviation != null;
    }

    /** The input code of this type, e.g. "ke-hoach". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds a type by its code ("ke-hoach"), enum name, abbreviation ("KH") or Vietnamese name ("Kế hoạch"). */
    public static Optional<DocumentType> lookup(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        return Arrays.stream(values())
                .filter(t -> t.code().equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted)
                        || t.displayName.equalsIgnoreCase(wanted)
                        || (t.abbreviation != null && t.abbreviation.equals(wanted)))
                .findFirst();
    }
}
