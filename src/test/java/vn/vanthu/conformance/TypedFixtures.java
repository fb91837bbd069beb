package vn.vanthu.conformance;

import static vn.vanthu.conformance.FixturePdf.mm;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.vanthu.conformance.FixturePdf.Style;

/** A Kế hoạch (Mẫu 1.4) with a landscape appendix, and a Party Chỉ thị (HD 36). */
final class TypedFixtures {

    private TypedFixtures() {
    }

    static byte[] keHoach(Variant v) {
        Fixtures f = new Fixtures(v);
        f.newPage();
        f.ndHeader(null, List.of("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"), "Số: 12/KH-UBND",
                "Lai Châu, ngày 15 tháng 3 năm 2025");
        f.pdf.centred("KẾ HOẠCH", Style.BOLD, 14, f.mid(), 165);
        String t1 = "Thực hiện công tác bảo vệ, chăm sóc trẻ em";
        f.pdf.centred(t1, Style.BOLD, 14, f.mid(), 182);
        f.pdf.centred("trên địa bàn tỉnh năm 2025", Style.BOLD, 14, f.mid(), 199);
        float w = f.pdf.width(t1, Style.BOLD, 14) * 0.4f;
        f.pdf.rule(f.mid() - w / 2, f.mid() + w / 2, 206);
        List<String> paragraphs = new ArrayList<>(Fixtures.PARAGRAPHS.subList(0, 5));
        paragraphs.addAll(Fixtures.PARAGRAPHS);
        float y = f.body(paragraphs, 240);
        f.closing(y + 30, List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Tổng Thanh Hải",
                List.of("- Bộ Lao động - Thương binh và Xã hội;", "- Các sở, ngành, đoàn thể tỉnh;",
                        "- Lưu: VT, VX3."));
        if (v.<Boolean>get(Variant.Knob.BLANK_PAGE)) {
            f.newPage(); // what FOP's force-page-count="auto" made: a page with only its number
        }
        // the appendix restarts pagination: its first page shows no number and may be landscape
        f.pdf.page(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        float mid = (mm(30) + PDRectangle.A4.getHeight() - mm(15)) / 2;
        f.pdf.centred("Phụ lục", Style.BOLD, 14, mid, 75);
        f.pdf.centred("DANH MỤC NHIỆM VỤ NĂM 2025", Style.BOLD, 14, mid, 92);
        f.pdf.centred(v.text(Variant.Knob.REFERENCE, "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15 tháng 3 năm 2025"
                + " của Ủy ban nhân dân tỉnh Lai Châu)"), Style.ITALIC, 14, mid, 109);
        f.pdf.text("1. Tuyên truyền về quyền trẻ em.", Style.REGULAR, 14, mm(30), 140);
        return f.pdf.bytes();
    }

    /**
     * A Chỉ thị of the Thủ tướng Chính phủ: a one-line issuer on the Quốc hiệu's baseline, both bold 12 pt and
     * closer than a column gap, and the official mixed-case ký hiệu "TTg".
     */
    static byte[] chiThiThuTuong(Variant v) {
        Fixtures f = new Fixtures(v);
        f.newPage();
        f.ndHeader(null, List.of("THỦ TƯỚNG CHÍNH PHỦ"), "Số: 23/CT-TTg", "Hà Nội, ngày 26 tháng 5 năm 2025");
        f.pdf.centred("CHỈ THỊ", Style.BOLD, 14, f.mid(), 165);
        String t1 = "Về tăng cường các giải pháp bảo đảm thực hiện quyền trẻ em";
        f.pdf.centred(t1, Style.BOLD, 14, f.mid(), 182);
        float w = f.pdf.width(t1, Style.BOLD, 14) * 0.4f;
        f.pdf.rule(f.mid() - w / 2, f.mid() + w / 2, 189);
        float y = f.body(Fixtures.PARAGRAPHS, 222);
        f.closing(y + 30, List.of("THỦ TƯỚNG"), "Nguyễn Văn Bình",
                List.of("- Các Bộ, cơ quan ngang Bộ;", "- UBND các tỉnh, thành phố;", "- Lưu: VT, KGVX."));
        return f.pdf.bytes();
    }

    static byte[] chiThi(Variant v) {
        Fixtures f = new Fixtures(v);
        f.newPage();
        String banner = "ĐẢNG CỘNG SẢN VIỆT NAM";
        f.pdf.centred(banner, Style.BOLD, 15, f.rightCol, 68);
        float w = f.pdf.width(banner, Style.BOLD, 15);
        f.pdf.rule(f.rightCol - w / 2, f.rightCol + w / 2, 73);
        f.pdf.centred("Đại Lộc, ngày 02 tháng 10 năm 2023", Style.ITALIC, 14, f.rightCol, 95);
        f.pdf.centred("TỈNH ỦY QUẢNG NAM", Style.REGULAR, 14, f.leftCol, 68);
        f.pdf.centred("HUYỆN ỦY ĐẠI LỘC", Style.BOLD, 14, f.leftCol, 85);
        f.pdf.centred("*", Style.REGULAR, 14, f.leftCol, 102);
        f.pdf.centred(v.text(Variant.Knob.NUMBER, "Số 46-CT/HU"), Style.REGULAR, 14, f.leftCol, 120);
        f.pdf.centred("CHỈ THỊ", Style.BOLD, 16, f.mid(), 160);
        f.pdf.centred("về tăng cường sự lãnh đạo của Đảng đối với công tác", Style.BOLD, 14, f.mid(), 178);
        f.pdf.centred("bảo vệ, chăm sóc và giáo dục trẻ em", Style.BOLD, 14, f.mid(), 195);
        float y = f.body(List.of(Fixtures.PARAGRAPHS.get(0), Fixtures.PARAGRAPHS.get(5)), 230);
        f.closing(y + 30, List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), "Nguyễn Hảo",
                List.of("- Ban Thường vụ Tỉnh ủy,", "- Các tổ chức cơ sở đảng,", "- Lưu Văn phòng Huyện ủy."));
        return f.pdf.bytes();
    }
}
