package vn.vanthu.bench;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/** The example Báo cáo with its body replaced by N generated sections of prose and a 15-row table. */
final class LongReport {

    static final Path EXAMPLE = Path.of("examples/bao-cao-ket-qua-cong-tac-tre-em.yaml");

    /** Sections per `#` part: ten `##` items under each keeps Roman and Arabic numbering short at 100+ pages. */
    private static final int SECTIONS_PER_PART = 10;
    private static final int ROWS = 15;

    private static final List<String> INDICATORS = List.of(
            "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc",
            "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
            "Tỷ suất tử vong trẻ em dưới 5 tuổi",
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
            "Số vụ việc xâm hại trẻ em được phát hiện, hỗ trợ, can thiệp",
            "Số xã, phường, thị trấn được công nhận phù hợp với trẻ em",
            "Số cộng tác viên bảo vệ trẻ em ở thôn, buôn, tổ dân phố",
            "Tỷ lệ trẻ em được đăng ký khai sinh đúng hạn",
            "Số trẻ em bị tai nạn đuối nước",
            "Tỷ lệ trường học có công trình vệ sinh đạt chuẩn",
            "Số điểm vui chơi dành cho trẻ em được xây mới",
            "Tỷ lệ trẻ em khuyết tật được tiếp cận giáo dục",
            "Số lượt cha mẹ được tập huấn kỹ năng bảo vệ trẻ em",
            "Tỷ lệ trẻ em lang thang được hỗ trợ tái hòa nhập");
    private static final List<String> UNITS = List.of("%", "%", "%", "‰", "%", "vụ", "xã", "người",
            "%", "trẻ", "%", "điểm", "%", "lượt", "%");

    private static final String FIRST_PARAGRAPH = "Trên địa bàn số %d, Ủy ban nhân dân cấp huyện đã chỉ đạo các"
            + " phòng, ban chuyên môn và Ủy ban nhân dân các xã, phường, thị trấn triển khai đồng bộ các nhiệm vụ"
            + " bảo vệ, chăm sóc trẻ em; kiện toàn Ban Điều hành bảo vệ trẻ em, bố trí %d cộng tác viên ở thôn,"
            + " buôn, tổ dân phố và lồng ghép các chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế – xã hội năm 2023.";
    private static final String SECOND_PARAGRAPH = "Công tác truyền thông được đẩy mạnh với %d hội nghị tuyên"
            + " truyền, tập huấn kiến thức, kỹ năng phòng, chống xâm hại trẻ em và phòng, chống tai nạn, thương tích"
            + " trẻ em; tuy nhiên, việc cập nhật cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt ở một số xã còn chậm."
            + " Kết quả thực hiện các chỉ tiêu chủ yếu như sau:";

    private LongReport() {
    }

    /** The example dispatch (read by the product's reader) with {@code sections} generated sections and no appendices. */
    static Dispatch withSections(int sections) {
        Dispatch d = DispatchReader.read(EXAMPLE);
        // The appendices are dropped: they would add three fixed pages and the landscape table to every size.
        return new Dispatch(d.style(), d.type(), d.issuer(), d.number(), d.symbol(), d.unit(), d.date(), d.summary(),
                d.recipients(), d.authorityLine(), d.bases(), d.proposal(), body(sections), d.signature(),
                d.distribution(), d.marks(), List.of(), d.mode());
    }

    /** The body in vanthu markup, NFC as DispatchReader would leave it. */
    static String body(int sections) {
        StringBuilder b = new StringBuilder("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc báo cáo kết quả thực"
                + " hiện công tác trẻ em năm 2023, Sở Lao động – Thương binh và Xã hội báo cáo như sau:\n\n");
        for (int s = 0; s < sections; s++) {
            if (s % SECTIONS_PER_PART == 0) {
                b.append("# KẾT QUẢ THỰC HIỆN TẠI CỤM ĐỊA BÀN SỐ ").append(s / SECTIONS_PER_PART + 1).append("\n\n");
            }
            b.append("## Kết quả thực hiện tại địa bàn số ").append(s + 1).append("\n\n");
            b.append(String.format(Locale.ROOT, FIRST_PARAGRAPH, s + 1, 40 + s % 60)).append("\n\n");
            b.append(String.format(Locale.ROOT, SECOND_PARAGRAPH, 3 + s % 12)).append("\n\n");
            b.append("| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện năm 2023 | Đánh giá |\n");
            b.append("|---|---|---|---|---|---|\n");
            for (int r = 0; r < ROWS; r++) {
                int plan = 50 + (s * 7 + r * 13) % 50;
                int done = plan - 3 + (s + r) % 7;
                String verdict = done > plan ? "Vượt" : done == plan ? "Đạt" : "Chưa đạt";
                b.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %d,%d | %s |%n", r + 1, INDICATORS.get(r),
                        UNITS.get(r), plan, done, (s + r) % 10, verdict));
            }
            b.append('\n');
        }
        b.append("Sở Lao động – Thương binh và Xã hội kính báo cáo Ủy ban nhân dân tỉnh./.\n");
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }
}
