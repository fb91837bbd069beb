package vn.vanthu.rendering;

import java.util.List;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Authority.Prefix;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Distribution;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Issuer;
import vn.vanthu.document.Marks;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Signature;
import vn.vanthu.document.Style;

/** Small dispatches built in code, for rendering tests that need no example file. */
final class Fixtures {

    static final Issuer SO_LDTBXH = new Issuer(List.of("UBND TỈNH ĐẮK LẮK"),
            List.of("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI"), "SLĐTBXH", "Đắk Lắk", List.of());

    private Fixtures() {
    }

    static Dispatch congVan(String body) {
        return congVan(body, List.of("Như trên", "Giám đốc"));
    }

    /** The Công văn with its own Nơi nhận recipients (before the Lưu line); none given is an empty list. */
    static Dispatch congVan(String body, List<String> noiNhan) {
        return new Dispatch(Style.ND30, DocumentType.CONG_VAN, SO_LDTBXH, 5, null, "BTXH",
                new IssueDate(5, 2, 2020), "đề nghị ban hành Công văn triển khai Báo cáo số 51/BC-ĐGS",
                List.of("Ủy ban nhân dân tỉnh"), null, List.of(), null, body,
                new Signature(List.of(new Authority(Prefix.KT, "GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC", "Phạm Phụng", null, null),
                new Distribution(noiNhan, null, null, null), Marks.NONE, List.of(), Mode.FINAL);
    }

    static Dispatch keHoach(String body) {
        return new Dispatch(Style.ND30, DocumentType.KE_HOACH,
                new Issuer(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"), "UBND", "Lai Châu", List.of()),
                12, null, "VX", new IssueDate(3, 7, 2020),
                "Thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng Chính phủ về việc tăng cường các giải pháp",
                List.of(), null, List.of(), null, body,
                new Signature(List.of(new Authority(Prefix.TM, "ỦY BAN NHÂN DÂN"), new Authority(Prefix.KT, "CHỦ TỊCH")),
                        "PHÓ CHỦ TỊCH", "Tổng Thanh Hải", null, null),
                new Distribution(List.of("Bộ LĐTBXH (B/c)", "UBND tỉnh: U1, U2"), "VT, VX3", null, null),
                Marks.NONE, List.of(), Mode.FINAL);
    }
}
