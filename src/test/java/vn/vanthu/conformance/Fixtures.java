package vn.vanthu.conformance;

import static vn.vanthu.conformance.FixturePdf.mm;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.vanthu.conformance.FixturePdf.Style;
import vn.vanthu.conformance.Variant.Knob;

/** Conforming test documents laid out like the renderer (A4, 30/15/20/20 mm, 70 + 95 mm header columns). */
final class Fixtures {

    static final List<String> PARAGRAPHS = List.of(
            "Thực hiện Chỉ thị số 23/CT-TTg ngày 26 tháng 5 năm 2020 của Thủ tướng Chính phủ về việc tăng cường các "
                    + "giải pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em, Sở Lao động - Thương binh và Xã hội "
                    + "đề nghị các cơ quan, đơn vị triển khai thực hiện tốt một số nội dung trọng tâm sau đây.",
            "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật về quyền trẻ em, bổn phận của trẻ em "
                    + "và trách nhiệm của gia đình, nhà trường, xã hội trong việc bảo vệ, chăm sóc, giáo dục trẻ em; "
                    + "nâng cao nhận thức của cha mẹ, người chăm sóc trẻ em về kỹ năng phòng ngừa xâm hại.",
            "Kiểm tra, rà soát việc triển khai các biện pháp bảo đảm an toàn cho trẻ em, đặc biệt đối với các "
                    + "phương tiện giao thông đưa đón học sinh, khu vui chơi, giải trí và các công trình công cộng "
                    + "có nguy cơ gây tai nạn, thương tích cho trẻ em trên địa bàn.",
            "Bố trí ngân sách bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em, nhất là việc triển khai các hoạt "
                    + "động, chương trình, kế hoạch, đề án về trẻ em đã được phê duyệt; lồng ghép các chỉ tiêu về "
                    + "trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương.",
            "Định kỳ 6 tháng và hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Lao động - Thương "
                    + "binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh kịp thời "
                    + "về Sở Lao động - Thương binh và Xã hội để được hướng dẫn, giải quyết./.");

    final FixturePdf pdf = new FixturePdf();
    final Variant v;
    final float left;
    final float right;
    final float leftCol;
    final float rightCol;
    private int pages;

    Fixtures(Variant v) {
        this.v = v;
        float shift = mm(v.<Float>get(Knob.SHIFT_MM));
        left = mm(30) + shift;
        right = PDRectangle.A4.getWidth() - mm(15) + shift;
        leftCol = left + mm(35);
        rightCol = left + mm(70) + mm(47.5f);
    }

    float mid() {
        return (left + right) / 2;
    }

    /** Starts a page; from page 2 on it carries its number in the top band. */
    void newPage() {
        pdf.page(v.get(Knob.PAPER));
        pages++;
        if (pages > 1) {
            pdf.centred(Integer.toString(pages), v.get(Knob.PAGE_NUMBER_STYLE), 14, mid(), 40);
        } else if (v.<Boolean>get(Knob.NUMBER_ON_FIRST)) {
            pdf.centred("1", Style.REGULAR, 14, mid(), 40);
        }
        if (pages == 1 && v.<Boolean>get(Knob.DRAFT)) {
            pdf.centred("DỰ THẢO", Style.BOLD, 13, rightCol, 40);
        }
    }

    /** Quốc hiệu, Tiêu ngữ and rule in the right column; issuer and its rule, number, date below. */
    void ndHeader(String parent, List<String> issuer, String number, String date) {
        pdf.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", v.<Boolean>get(Knob.QH_BOLD) ? Style.BOLD : Style.REGULAR,
                12, rightCol, 68);
        String tn = v.get(Knob.TIEU_NGU);
        pdf.centred(tn, Style.BOLD, 13, rightCol, 83);
        float tnWidth = pdf.width(tn, Style.BOLD, 13) * v.<Float>get(Knob.TN_RULE_SCALE);
        pdf.rule(rightCol - tnWidth / 2, rightCol + tnWidth / 2, 88);
        float y = 68;
        if (parent != null) {
            pdf.centred(parent, Style.REGULAR, 12, leftCol, y);
            y += 14;
        }
        float widest = 0;
        for (String line : issuer) {
            pdf.centred(line, Style.BOLD, 12, leftCol, y);
            widest = Math.max(widest, pdf.width(line, Style.BOLD, 12));
            y += 14;
        }
        float ratio = v.get(Knob.ISSUER_RULE_RATIO);
        if (ratio > 0) {
            pdf.rule(leftCol - widest * ratio / 2, leftCol + widest * ratio / 2, y - 9);
        }
        boolean draft = v.get(Knob.DRAFT);
        pdf.centred(v.text(Knob.NUMBER, draft ? number.replaceFirst("\\d+/", "        /") : number), Style.REGULAR,
                13, leftCol, 124);
        pdf.centred(v.text(Knob.DATE, draft ? date.replaceFirst("ngày \\d+", "ngày      ") : date), Style.ITALIC, 14,
                rightCol, 124);
    }

    /** Body paragraphs from {@code y}, continuing on a new page when page 1 is full; returns the last baseline. */
    float body(List<String> paragraphs, float y) {
        float size = v.get(Knob.BODY_SIZE);
        float pitch = 14 * 1.2f;
        for (String p : paragraphs) {
            if (y > 600) {
                newPage();
                y = 75;
            }
            y = pdf.paragraph(p, Style.REGULAR, size, left, right, mm(10), y, pitch) + pitch + 6;
        }
        return y - pitch - 6;
    }

    /** Nơi nhận on the left, level with the authority line; titles and name on the right. */
    void closing(float y, List<String> titles, String name, List<String> items) {
        if (v.<Boolean>get(Knob.NOI_NHAN)) {
            pdf.text("Nơi nhận:", Style.BOLD_ITALIC, 12, left, y);
            float iy = y + 14;
            for (String item : items) {
                pdf.text(item, Style.REGULAR, 11, left, iy);
                iy += 13;
            }
        }
        float ty = y;
        for (String t : titles) {
            pdf.centred(t, Style.BOLD, 14, rightCol, ty);
            ty += 17;
        }
        pdf.centred(name, Style.BOLD, 14, rightCol, ty + 60);
    }

    static byte[] congVan(Variant v) {
        Fixtures f = new Fixtures(v);
        f.newPage();
        f.ndHeader("UBND TỈNH LÀO CAI", List.of("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"), "Số: 05/SLĐTBXH-BTXH",
                "Lào Cai, ngày 05 tháng 01 năm 2025");
        f.pdf.centred("V/v triển khai công tác bảo vệ", Style.REGULAR, 12, f.leftCol, 142);
        f.pdf.centred("trẻ em năm 2025", Style.REGULAR, 12, f.leftCol, 156);
        float kx = f.left + mm(35);
        f.pdf.text("Kính gửi:", Style.REGULAR, 14, kx, 190);
        float dx = kx + f.pdf.width("Kính gửi:", Style.REGULAR, 14) + 4;
        f.pdf.text("- Ủy ban nhân dân các huyện, thành phố;", Style.REGULAR, 14, dx, 207);
        f.pdf.text("- Các sở, ban, ngành thuộc tỉnh.", Style.REGULAR, 14, dx, 224);
        float y = f.body(PARAGRAPHS, 252);
        f.closing(y + 30, List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Nguyễn Văn An", v.get(Knob.NOI_NHAN_ITEMS));
        return f.pdf.bytes();
    }
}
