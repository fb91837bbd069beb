package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;

/** Phụ lục and văn bản ban hành kèm theo, read back from the PDF: pagination and the reference lines. */
class AppendixTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    private static byte[] checked(Dispatch d, Mode mode) {
        byte[] pdf = RENDERER.render(d, mode);
        Report report = mode == Mode.DRAFT || mode == Mode.FINAL ? CHECKER.check(pdf, "x")
                : CHECKER.checkAwaitingNumber(pdf, "x");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return pdf;
    }

    /** A one-page Công văn of Sở LĐTBXH Đắk Lắk with one phụ lục. */
    static final String ONE_PAGE_WITH_APPENDIX = """
            type: cong-van
            issuer:
              parent: [UBND TỈNH ĐẮK LẮK]
              name: [SỞ LAO ĐỘNG – THƯƠNG BINH, VÀ XÃ HỘI]
              abbreviation: SLĐTBXH
              place: Đắk Lắk
              fullName: Sở Lao động – Thương binh và Xã hội tỉnh Đắk Lắk
            number: 388
            unit: BTXH
            date: 2025-03-12
            summary: báo cáo số liệu trẻ em quý I năm 2025
            recipients: [Phòng LĐTBXH các huyện, thị xã, thành phố]
            body: Đề nghị các phòng báo cáo theo biểu mẫu tại Phụ lục kèm theo trước ngày 05 tháng 4 năm 2025.
            signature: {authority: [KT. GIÁM ĐỐC], title: PHÓ GIÁM ĐỐC, name: Phạm Phụng}
            distribution: {recipients: [Như trên], archive: "VT, BTXH"}
            appendices:
              - title: Biểu mẫu báo cáo
                body: |
                  | STT | Nhóm trẻ em | Số trẻ em |
                  |---|---|---|
                  | 1 | Mồ côi cả cha và mẹ | |
            """;

    @Test
    void aOnePageCongVanWithOnePhuLucHasTwoPagesAndNoBlankOne() throws IOException {
        PdfLines pdf = PdfLines.read(checked(Inputs.yaml(ONE_PAGE_WITH_APPENDIX), Mode.FINAL));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.page(2).get(0).text()).isEqualTo("Phụ lục");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.page(page)).as("page %d carries text", page).isNotEmpty();
        }
    }

    @Test
    void theReportExampleEndsItsMainTextWithoutAnEmptyNumberedPage() throws IOException {
        PdfLines pdf = PdfLines.read(checked(Inputs.example("bao-cao-ket-qua-cong-tac-tre-em.yaml"), Mode.FINAL));

        // 3 pages of text, then Phụ lục I on its own first page (no page "4" holding only its number)
        assertThat(pdf.exactly("Phụ lục I").page()).isEqualTo(4);
        assertThat(pdf.page(4)).noneMatch(l -> l.text().equals("4"));
    }

    @Test
    void theReferenceLineNamesTheIssuerAsMau21Writes() throws IOException {
        PdfLines pdf = PdfLines.read(checked(Inputs.example("bao-cao-ket-qua-cong-tac-tre-em.yaml"), Mode.FINAL));

        assertThat(String.join(" ", pdf.page(4).stream().map(PdfLines.Line::text).toList()))
                .contains("(Kèm theo Báo cáo số 12/BC-SLĐTBXH ngày 15 tháng 01 năm 2024 của Sở Lao động – Thương"
                        + " binh và Xã hội tỉnh Đắk Lắk)");
    }

    @Test
    void theReferenceLineKeepsTheDateWholeOnOneLine() {
        // balanced at its width, the line broke inside the date ("… ngày 12 tháng 3 / năm 2025 của …") whenever
        // the issuer's name put the middle of the line there: names of every length from short to three lines
        int broken = 0;
        for (int words = 4; words <= 40; words += 2) {
            String name = "Ban Chỉ đạo " + "công tác trẻ em ".repeat(words / 4) + "tỉnh Đắk Lắk".repeat(words % 4 / 2);
            for (Mode mode : new Mode[] {Mode.FINAL, Mode.DRAFT}) {
                Fo fo = Fo.parse(RENDERER.fo(Inputs.yaml(ONE_PAGE_WITH_APPENDIX.replace(
                        "fullName: Sở Lao động – Thương binh và Xã hội tỉnh Đắk Lắk", "fullName: " + name)), mode));
                java.util.List<String> lines = fo.all(
                        "//fo:block[fo:block[.='Phụ lục']]/fo:block[@font-style='italic']");
                assertThat(lines).as(mode + ": " + lines)
                        .anyMatch(line -> line.matches(".*ngày +(12 +)?tháng +3 +năm 2025( .*|$)"));
                broken += lines.size() > 1 ? 1 : 0;
            }
        }
        assertThat(broken).as("references long enough to break").isGreaterThan(10);
    }

    @Test
    void aCongVanIsReferredToAsVanBanAndADraftKeepsItsBlanksOnOneLine() {
        Fo fo = Fo.parse(RENDERER.fo(Inputs.yaml(ONE_PAGE_WITH_APPENDIX), Mode.DRAFT));
        String reference = String.join(" ", fo.all("//fo:block[fo:block[.='Phụ lục']]/fo:block[@font-style='italic']"));

        assertThat(reference).matches("\\(Kèm theo Văn bản số +/SLĐTBXH-BTXH ngày +tháng 3 năm 2025 của Sở Lao"
                + " động – Thương binh và Xã hội tỉnh Đắk Lắk\\)");
        assertThat(fo.all("//fo:block[fo:block[.='Phụ lục']]/fo:block[@font-style='italic']"))
                .allMatch(line -> !line.endsWith("ngày") && !line.endsWith("tháng") && !line.endsWith("số"));
    }

    @Test
    void anAttachedTextHasTheHeaderItsNameAndTheMau13ReferenceAndNoPhuLucLabel() throws IOException {
        PdfLines pdf = PdfLines.read(checked(Inputs.example("quyet-dinh-kem-quy-dinh.yaml"), Mode.FINAL));

        PdfLines.Line name = pdf.exactly("QUY ĐỊNH");
        assertThat(name.page()).isEqualTo(2);
        assertThat(pdf.page(2).get(0).text()).startsWith("ỦY BAN NHÂN DÂN").endsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        String page2 = String.join(" ", pdf.page(2).stream().map(PdfLines.Line::text).toList());
        assertThat(page2).contains("(Kèm theo Quyết định số 18/QĐ-UBND ngày 02 tháng 4 năm 2025 của Ủy ban nhân dân"
                + " tỉnh Đắk Lắk)").contains("Chương I").doesNotContain("Phụ lục").doesNotContain("Số: 18");
        // its own pagination: its second page is numbered 2, the Danh mục starts again without a number
        assertThat(pdf.page(3).get(0).text()).isEqualTo("2");
        assertThat(pdf.exactly("DANH MỤC").page()).isEqualTo(4);
        assertThat(pdf.page(4).get(0).text()).doesNotMatch("\\d+");
    }

}
