package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchValidator;

/** The forms of Phụ lục III beyond Mẫu 1.4 and 1.5, read back from the PDF of their examples. */
class FormsTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    static PdfLines checked(String example) throws IOException {
        Dispatch d = Inputs.example(example);
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = CHECKER.check(pdf, example);
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return PdfLines.read(pdf);
    }

    @Test
    void aTypedDocumentBothSecretAndUrgentKeepsItsTypeNameAndTrichYeu() throws IOException {
        // ô 10a and 10b, one over the other in the left column, stand between the header and GIẤY MỜI
        Dispatch d = Inputs.exampleWith("giay-moi-hop-ban-dieu-hanh.yaml", "  urgency: khan",
                "  urgency: hoa-toc\n  secrecy: mat");
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = CHECKER.check(pdf, "mật và hỏa tốc");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ND30-TITLE-KIND")).singleElement()
                .satisfies(f -> assertThat(f.measured()).contains("GIẤY MỜI"));
        PdfLines lines = PdfLines.read(pdf);
        assertThat(lines.exactly("MẬT").y()).isLessThan(lines.exactly("HỎA TỐC").y())
                .isLessThan(lines.exactly("GIẤY MỜI").y());
    }

    @Test
    void aPartyCongVanIsNumberedWithCvAndItsIssuer() throws IOException {
        // Hướng dẫn 36: "Số 46-CV/HU", number, hyphen, type, slash, issuer; a drafting unit is no part of it
        for (String unit : new String[] {"", "unit: VP\n"}) {
            Dispatch d = Inputs.exampleWith("001-chi-thi-huyen-uy-dai-loc.yaml", "type: chi-thi\n",
                    "type: cong-van\n" + unit + "recipients: [Ban Thường vụ Tỉnh ủy]\n");
            assertThat(DispatchValidator.validate(d, d.mode())).isEmpty();
            byte[] pdf = RENDERER.render(d, d.mode());
            Report report = CHECKER.check(pdf, "công văn của Đảng");
            assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
            assertThat(PdfLines.read(pdf).get("Số 46-").text()).startsWith("Số 46-CV/HU ");
        }
    }

    @Test
    void aPaperCopySentToEveryCommuneRunsItsNoiNhanOnToTheNextPage() throws IOException {
        StringBuilder communes = new StringBuilder();
        for (int i = 1; i <= 44; i++) {
            communes.append("      - Ủy ban nhân dân xã số ").append(i).append(" (để thực hiện)\n");
        }
        Dispatch d = Inputs.exampleWith("sao-y-cong-van.yaml", "      - Sở Giáo dục và Đào tạo\n      - Sở Y tế\n",
                communes.toString());
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = CHECKER.check(pdf, "sao y gửi các xã");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();

        PdfLines lines = PdfLines.read(pdf);
        float bottom = (float) Typography.mmToPt(297 - 20);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l.y()).as(l.text()).isLessThanOrEqualTo(bottom));
        PdfLines.Line form = lines.exactly("SAO Y");
        assertThat(lines.exactly("Võ Văn Cảnh").page()).isEqualTo(form.page());
        assertThat(lines.exactly("- Lưu: VT.").page()).isEqualTo(form.page() + 1);
        assertThat(String.join(" ", lines.texts())).contains("- Ủy ban nhân dân xã số 44 (để thực hiện);");
    }

    @Test
    void congDienHasTheSenderLineAndItsAddresseesAndNoKinhGui() throws IOException {
        PdfLines pdf = checked("cong-dien-phong-chong-duoi-nuoc.yaml");

        PdfLines.Line sender = pdf.exactly("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:");
        PdfLines.Line first = pdf.get("- Giám đốc các Sở");
        PdfLines.Line last = pdf.get("- Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố.");
        assertThat(sender.y()).isGreaterThan(pdf.exactly("CÔNG ĐIỆN").y()).isLessThan(first.y());
        assertThat(first.text()).endsWith(",");
        assertThat(last.x()).isEqualTo(first.x());
        assertThat(pdf.texts()).noneMatch(l -> l.contains("Kính gửi"));
        assertThat(pdf.get("Số: 04/CĐ-UBND").page()).isEqualTo(1);
        // centred on the text area (30 mm to 195 mm from the left edge of the sheet)
        float centre = (sender.x() + sender.right()) / 2;
        assertThat(centre).isCloseTo((float) Typography.mmToPt(30 + 165 / 2.0), org.assertj.core.data.Offset.offset(3f));
    }

    @Test
    void bienBanHasNoDateInTheHeaderAndTheSecretaryBesideTheChair() throws IOException {
        PdfLines pdf = checked("bien-ban-hop-ban-dieu-hanh.yaml");

        assertThat(pdf.texts()).noneMatch(l -> l.matches(".*Đắk Lắk, ngày.*"));
        PdfLines.Line titles = pdf.exactly("THƯ KÝ CHỦ TỌA");
        PdfLines.Line names = pdf.exactly("Lê Thị Hạnh Trần Minh Quang");
        PdfLines.Line label = pdf.exactly("Nơi nhận:");
        assertThat(label.y()).isGreaterThan(names.y());
        assertThat(label.x()).isLessThan(titles.x() + 1);
        assertThat(pdf.texts()).contains("- Lưu: VT, Hồ sơ.");
    }

    @Test
    void giayGioiThieuAndGiayNghiPhepPrintTheTypeNameWithoutATrichYeu() throws IOException {
        PdfLines intro = checked("giay-gioi-thieu.yaml");
        PdfLines.Line name = intro.exactly("GIẤY GIỚI THIỆU");
        List<PdfLines.Line> next = intro.page(1).stream().filter(l -> l.y() > name.y()).toList();
        assertThat(next.get(0).text()).startsWith("Sở Lao động – Thương binh và Xã hội tỉnh Đắk Lắk trân trọng");

        PdfLines leave = checked("giay-nghi-phep.yaml");
        PdfLines.Line confirmation = leave.get("XÁC NHẬN CỦA");
        assertThat(confirmation.y()).as("the confirmation sits under the signature").isGreaterThan(
                leave.exactly("Phạm Phụng").y());
        assertThat(confirmation.right()).isLessThan((float) Typography.mmToPt(30 + 82) + 1);
        assertThat(leave.exactly("Y Khoa Niê").y()).isGreaterThan(confirmation.y());
    }

    @Test
    void aOneLineIssuerBesideTheQuocHieuAndTheTTgKyHieuPassTheChecker() throws IOException {
        Dispatch d = Inputs.yaml("""
                type: chi-thi
                issuer: {name: [THỦ TƯỚNG CHÍNH PHỦ], abbreviation: TTg, place: Hà Nội}
                number: 23
                symbol: CT-TTg
                date: 2025-05-26
                summary: Về tăng cường các giải pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em
                body: Các Bộ, cơ quan ngang Bộ và Ủy ban nhân dân các tỉnh tập trung thực hiện tốt các nhiệm vụ sau.
                signature: {authority: [THỦ TƯỚNG], name: Nguyễn Văn Bình}
                distribution: {recipients: [Các Bộ, cơ quan ngang Bộ], archive: "VT, KGVX"}
                """);
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = CHECKER.check(pdf, "ct-ttg");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ND30-ISSUER-TOP")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(vn.vanthu.conformance.Finding.Status.PASS));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ND30-NUMBER-CASE")).singleElement()
                .satisfies(f -> assertThat(f.measured()).contains("official TTg"));
        // the issuer and the Quốc hiệu are set on one baseline
        PdfLines lines = PdfLines.read(pdf);
        assertThat(lines.page(1).get(0).text()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(lines.texts()).contains("Số: 23/CT-TTg Hà Nội, ngày 26 tháng 5 năm 2025");
    }

    @Test
    void anExtendedTypeNameKeepsTheKyHieuOfItsType() throws IOException {
        PdfLines pdf = checked("thong-bao-ket-luan.yaml");

        assertThat(pdf.texts()).contains("THÔNG BÁO KẾT LUẬN");
        assertThat(pdf.get("Số: 142/TB-UBND").page()).isEqualTo(1);
    }

    @Test
    void aFootnoteSitsAtThePageFootUnderTheBodyWithItsMarkInTheText() throws IOException {
        PdfLines pdf = checked("thong-bao-ket-luan.yaml");

        PdfLines.Line note = pdf.get("Thành phần dự họp");
        assertThat(note.size()).isEqualTo(12f);
        PdfLines.Line text = pdf.get("Sau khi nghe Sở Lao");
        assertThat(note.page()).isEqualTo(text.page());
        assertThat(note.y()).isGreaterThan(pdf.exactly("Lê Thị Thu Hà").y());
        // the marks: a raised "1" just above the line of the text and just above the note
        assertThat(pdf.lines()).filteredOn(l -> l.text().equals("1") && l.size() < 9)
                .anyMatch(l -> l.y() < text.y() && l.y() > text.y() - 6)
                .anyMatch(l -> l.y() < note.y() && l.y() > note.y() - 6 && l.x() < note.x());
        Fo fo = Fo.parse(RENDERER.fo(Inputs.example("thong-bao-ket-luan.yaml"), Inputs.example(
                "thong-bao-ket-luan.yaml").mode()));
        assertThat(fo.all("//fo:footnote/fo:inline[@baseline-shift]")).containsExactly("1");
        assertThat(fo.all("//fo:flow//fo:block")).noneMatch(b -> b.contains("[^1]"));
    }

    @Test
    void aFootnoteMarkedInATableCellReachesThePageFoot() throws IOException {
        Dispatch d = Inputs.yaml("""
                type: bao-cao
                issuer: {name: [ỦY BAN NHÂN DÂN, TỈNH ĐẮK LẮK], abbreviation: UBND, place: Đắk Lắk}
                number: 12
                unit: KGVX
                date: 2025-01-15
                summary: Kết quả thực hiện công tác trẻ em năm 2024
                body: |
                  Kết quả như sau:

                  | STT | Chỉ tiêu | Kết quả |
                  |---|---|---|
                  | 1 | Tỷ lệ trẻ em được trợ giúp[^a] | 92 |

                  [^a]: Theo số liệu của Sở Lao động – Thương binh và Xã hội.
                signature: {authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Phạm Ngọc Nghị}
                """);
        byte[] pdf = RENDERER.render(d, d.mode());
        assertThat(CHECKER.check(pdf, "x").failures()).isEmpty();
        PdfLines lines = PdfLines.read(pdf);
        PdfLines.Line note = lines.get("Theo số liệu của Sở Lao động");
        assertThat(note.size()).isEqualTo(12f);
        assertThat(note.y()).isGreaterThan(lines.exactly("Phạm Ngọc Nghị").y());
    }

    @Test
    void nestedNoiNhanItemsAreIndentedPlusLinesAndCopiesPrintWithoutInitials() throws IOException {
        PdfLines pdf = checked("thong-bao-ket-luan.yaml");

        PdfLines.Line group = pdf.get("- VP UBND tỉnh:");
        PdfLines.Line sub = pdf.get("+ LĐVP;");
        assertThat(sub.y()).isGreaterThan(group.y());
        assertThat(sub.x()).isGreaterThan(group.x() + 5);
        assertThat(pdf.get("+ KGVX, TH;").x()).isEqualTo(sub.x());
        assertThat(pdf.texts()).contains("- Lưu: VT, KGVX. (15)");
        assertThat(pdf.get("- Các Sở: LĐTBXH, GDĐT, YT;").x()).isEqualTo(group.x());
    }

    @Test
    void nghiQuyetOfACouncilCarriesTheYearTheFormulaAndQuyetNghi() throws IOException {
        PdfLines pdf = checked("nghi-quyet-hdnd-quy-pham.yaml");

        assertThat(pdf.get("Số: 33/2025/NQ-HĐND").page()).isEqualTo(1);
        PdfLines.Line council = pdf.exactly("HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK");
        PdfLines.Line session = pdf.exactly("KHÓA X, KỲ HỌP THỨ 12");
        PdfLines.Line basis = pdf.get("Căn cứ Luật Tổ chức chính quyền địa phương");
        assertThat(council.y()).isLessThan(session.y());
        assertThat(session.y()).isLessThan(basis.y());
        assertThat(pdf.get("tỉnh đề nghị").text()).isNotEmpty();
        assertThat(pdf.get("đặc biệt trên địa bàn tỉnh;").y()).isLessThan(pdf.get("Báo cáo thẩm tra số 41").y());
        assertThat(pdf.get("Hội đồng nhân dân tỉnh;").y()).isLessThan(pdf.get("ý kiến thảo luận").y());
        assertThat(pdf.get("ý kiến thảo luận").text()).endsWith("tại kỳ họp.");
        assertThat(pdf.exactly("QUYẾT NGHỊ:").y()).isGreaterThan(pdf.get("ý kiến thảo luận").y());
    }

    @Test
    void mergedCellsGroupRowsAndATwoRowHeaderRepeatedOnEveryPage() throws IOException {
        PdfLines pdf = checked("chuong-trinh-hanh-dong-vi-tre-em.yaml");

        List<Integer> tablePages = pdf.lines().stream().filter(l -> l.text().startsWith("STT Chỉ tiêu"))
                .map(PdfLines.Line::page).toList();
        assertThat(tablePages).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        for (int page : tablePages) {
            assertThat(pdf.page(page)).anyMatch(l -> l.text().contains("Mục tiêu"))
                    .anyMatch(l -> l.text().contains("Năm Năm"));
        }
        Fo fo = Fo.parse(RENDERER.fo(Inputs.example("chuong-trinh-hanh-dong-vi-tre-em.yaml"), vn.vanthu.document.Mode.FINAL));
        assertThat(fo.count("//fo:table-header/fo:table-row")).isEqualTo(2);
        assertThat(fo.all("//fo:table-header//fo:table-cell[@number-rows-spanned='2']").stream().map(String::strip))
                .containsExactly("STT", "Chỉ tiêu", "Đơn vị tính");
        assertThat(fo.all("//fo:table-header//fo:table-cell[@number-columns-spanned='2']").stream().map(String::strip))
                .containsExactly("Mục tiêu");
        assertThat(fo.all("//fo:table-body//fo:table-cell[@number-columns-spanned='4']").stream().map(String::strip))
                .contains("Bảo vệ trẻ em", "Chăm sóc sức khỏe trẻ em");
        assertThat(pdf.get("Số: 09/CTr-UBND").page()).isEqualTo(1);
    }

    @Test
    void aPaperCopyPutsItsBlockUnderAFullWidthLineOnTheSignaturePage() throws IOException {
        PdfLines pdf = checked("sao-y-cong-van.yaml");

        PdfLines.Line form = pdf.exactly("SAO Y");
        assertThat(form.y()).isGreaterThan(pdf.exactly("Nguyễn Văn Bình").y());
        assertThat(form.page()).isEqualTo(pdf.exactly("Nguyễn Văn Bình").page());
        assertThat(pdf.get("Số: 12/SY-VPUBND").y()).isGreaterThan(form.y());
        assertThat(pdf.get("Đắk Lắk, ngày 06 tháng 3 năm 2025").y()).isGreaterThan(form.y());
        // the copied Công văn keeps its own number and date
        assertThat(pdf.get("Số: 1520/UBND-KGVX").page()).isEqualTo(1);
        Fo fo = Fo.parse(RENDERER.fo(Inputs.example("sao-y-cong-van.yaml"), vn.vanthu.document.Mode.FINAL));
        assertThat(fo.count("//fo:block[following-sibling::fo:table[.//fo:block[.='SAO Y']]]/fo:leader"
                + "[@leader-length='100%']")).isEqualTo(1);
        PdfLines trich = checked("trich-sao-ke-hoach.yaml");
        assertThat(trich.exactly("TRÍCH SAO").size()).isEqualTo(14f);
        assertThat(trich.texts()).anyMatch(l -> l.contains("Số: 03/TrS-VPUBND"));
        PdfLines luc = checked("sao-luc-quyet-dinh.yaml");
        assertThat(luc.texts()).anyMatch(l -> l.contains("Số: 05/SL-SLĐTBXH"));
    }

    @Test
    void anElectronicCopyHasOnlyItsLineInTheTopRightCornerInTenPoint() throws IOException {
        PdfLines pdf = checked("sao-y-dien-tu.yaml");

        PdfLines.Line form = pdf.exactly("Sao y: Ủy ban nhân dân huyện Krông Búk");
        PdfLines.Line time = pdf.exactly("Thời gian ký: 2025-03-13T09:30:00+07:00");
        assertThat(form.page()).isEqualTo(1);
        assertThat(form.size()).isEqualTo(10f);
        assertThat(time.y()).isLessThan((float) Typography.mmToPt(20));
        assertThat(form.x()).isGreaterThan((float) Typography.mmToPt(120));
        assertThat(pdf.texts()).noneMatch(l -> l.contains("SAO Y"));
    }
}
