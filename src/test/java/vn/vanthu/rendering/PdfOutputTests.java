package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Mode;

/** The PDF read back with PDFBox: fonts, PDF/A metadata, pagination of the signature block. */
class PdfOutputTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();

    @Test
    void everyFontIsAnEmbeddedLiberationSerifSubset() throws IOException {
        byte[] pdf = checked(RENDERER.render(Fixtures.congVan("Nội dung **đậm** và *nghiêng*."), Mode.FINAL));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+LiberationSerif(-\\w+)?"));
        }
    }

    @Test
    void xmpCarriesTheTitleAsALanguageAlternativeAndThePdfaIdentification() throws Exception {
        byte[] pdf = checked(RENDERER.render(Fixtures.congVan("Nội dung."), Mode.FINAL));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            byte[] packet = doc.getDocumentCatalog().getMetadata().toByteArray();
            XMPMetadata xmp = new DomXmpParser().parse(packet);
            String title = "Công văn V/v đề nghị ban hành Công văn triển khai Báo cáo số 51/BC-ĐGS";
            assertThat(xmp.getDublinCoreSchema().getTitle("x-default")).isEqualTo(title);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis())
                    .isEqualTo(doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void aGlyphTheFontLacksFailsTheRenderInsteadOfPrintingAHole() {
        String fo = RENDERER.fo(Fixtures.congVan("Nội dung."), Mode.FINAL).replace("Nội dung", "Nội dung 漢字");
        assertThatThrownBy(() -> new FopEngine().render(fo, "t")).isInstanceOf(RenderFailed.class)
                .hasMessageContaining("漢");
    }

    @Test
    void aReportWhoseTablesHoldMoreTextThanItsProseIsMeasuredOnItsProseAndNoWordLeavesItsCell() throws IOException {
        StringBuilder body = new StringBuilder();
        String prose = "Năm 2023, phần lớn các chỉ tiêu về trẻ em của tỉnh đạt và vượt kế hoạch; riêng chỉ tiêu cấp thẻ"
                + " bảo hiểm y tế cho trẻ em dưới 6 tuổi chưa đạt do việc đăng ký khai sinh ở một số xã còn chậm.";
        for (int section = 1; section <= 3; section++) {
            body.append("## Kết quả tại cụm xã số ").append(section).append("\n\n")
                    .append(prose).append("\n\n")
                    .append("| STT | Xã, phường | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá |\n|---|---|---|---|---|---|\n");
            for (int row = 1; row <= 25; row++) {
                body.append("| ").append(row).append(" | Xã Ea Kao, thành phố Buôn Ma Thuột, cụm số ").append(row)
                        .append(" | Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế | 100 | 98,6 | Chưa đạt |\n");
            }
            body.append("\n");
        }
        // 13 pt table text outweighs the 14 pt prose here; the body rules must still judge the prose, and
        // the narrow columns (STT, figures) must still hold their longest words
        byte[] pdf = checked(RENDERER.render(Fixtures.keHoach(body.toString()), Mode.FINAL));
        assertThat(PdfGlyphs.read(pdf).overlaps()).isEmpty();
    }

    @Test
    void signatureAndRecipientsStayOnOnePageWhateverTheBodyLength() throws IOException {
        String paragraph = "Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật về trẻ em. ";
        for (int paragraphs = 14; paragraphs <= 30; paragraphs += 2) {
            String body = (paragraph.repeat(4) + "\n\n").repeat(paragraphs);
            byte[] pdf = checked(RENDERER.render(Fixtures.congVan(body), Mode.FINAL));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(doc.getNumberOfPages());
                stripper.setEndPage(doc.getNumberOfPages());
                assertThat(stripper.getText(doc)).as("last page with %d paragraphs", paragraphs)
                        .contains("Nơi nhận:", "- Lưu: VT, BTXH.", "KT. GIÁM ĐỐC", "Phạm Phụng");
            }
        }
    }

    @Test
    void aNoiNhanLongerThanAPageContinuesOnTheNextPageInsteadOfRunningOffIt() throws IOException {
        // a Quyết định sent to every commune of a province: 60 recipients are taller than the text area
        List<String> communes = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            communes.add("Ủy ban nhân dân xã số " + i + " (để thực hiện)");
        }
        byte[] pdf = checked(RENDERER.render(Fixtures.congVan("Nội dung.", communes), Mode.FINAL));
        PdfLines lines = PdfLines.read(pdf);

        float bottom = (float) Typography.mmToPt(297 - 20);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l.y()).as(l.text()).isLessThanOrEqualTo(bottom));
        PdfLines.Line label = lines.get("Nơi nhận:");
        // the signer stays whole beside "Nơi nhận:"; only the list runs on, to the page after
        assertThat(List.of(lines.get("KT. GIÁM ĐỐC"), lines.get("PHÓ GIÁM ĐỐC"), lines.exactly("Phạm Phụng")))
                .allSatisfy(l -> assertThat(l.page()).isEqualTo(label.page()));
        assertThat(lines.get("- Lưu: VT, BTXH.").page()).isEqualTo(label.page() + 1);
        String listed = String.join(" ", lines.texts());
        for (String commune : communes) {
            assertThat(listed).contains("- " + commune + ";");
        }
    }

    @Test
    void aNoiNhanOfLongUnbrokenCodesIsMeasuredAsItIsCutAndContinuesToo() throws IOException {
        // ten 400-character codes without a space: the list's height was estimated at one line each, so it was
        // kept beside the signer and ran 328 mm off page 2 (the checker: bottom margin -328.3 mm)
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(String.valueOf((char) ('a' + i)).repeat(400));
        }
        byte[] pdf = checked(RENDERER.render(Fixtures.congVan("Nội dung.", codes), Mode.FINAL));
        PdfLines lines = PdfLines.read(pdf);

        float bottom = (float) Typography.mmToPt(297 - 20);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l.y()).as(l.text()).isLessThanOrEqualTo(bottom));
        assertThat(lines.get("- Lưu: VT, BTXH.").page()).isGreaterThan(lines.get("Nơi nhận:").page());
    }

    @Test
    void aTableRowTallerThanAPageBreaksInsteadOfRunningOffIt() throws IOException {
        // a Kế hoạch's "Nội dung thực hiện" cell of 1,700 characters: 48 lines in its column, taller than a page
        String tasks = ("Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về trẻ em; rà soát, đánh giá nhu cầu; hỗ trợ,"
                + " can thiệp kịp thời các trường hợp trẻ em bị xâm hại; phối hợp với các cơ quan liên quan. ").repeat(9);
        String body = "Nội dung chi tiết như sau:\n\n| STT | Nhiệm vụ | Nội dung thực hiện | Đơn vị chủ trì | Thời gian |\n"
                + "|---|---|---|---|---|\n| 1 | Tuyên truyền | " + tasks.strip() + " | Sở LĐTBXH | Cả năm |\n"
                + "| 2 | Kiểm tra | Kiểm tra định kỳ | Sở Y tế | Quý IV |\n";
        byte[] pdf = checked(RENDERER.render(Fixtures.keHoach(body), Mode.FINAL));
        PdfLines lines = PdfLines.read(pdf);

        float bottom = (float) Typography.mmToPt(297 - 20);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l.y()).as(l.text()).isLessThanOrEqualTo(bottom + 1));
        // the row starts under the lead-in on page 1 rather than leaving that page empty
        assertThat(lines.get("Tuyên truyền").page()).isEqualTo(lines.get("Nội dung chi tiết như sau:").page());
    }

    @Test
    void signatureAndSealImagesArePlacedOnTheSignatureBlock() throws IOException {
        byte[] signature = png(400, 160, new java.awt.Color(20, 40, 160), false);
        byte[] seal = png(300, 300, new java.awt.Color(215, 25, 32), true);
        var dispatch = Fixtures.congVan("Nội dung.");
        dispatch = dispatch.withSignature(dispatch.signature().withImages(signature, seal));
        byte[] pdf = checked(RENDERER.render(dispatch, Mode.FINAL));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            List<String> images = new ArrayList<>();
            for (var name : last.getResources().getXObjectNames()) {
                if (last.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertThat(images).contains("400x160", "300x300").allMatch(i -> i.equals("400x160") || i.equals("300x300"));
        }
        // pictures and their soft masks keep FOP's own filters
        assertThat(FastFlateTests.uncompressed(pdf)).isEmpty();
    }

    @Test
    void tableReportsRenderWithTheirRowsAndAnEscapedTitle() throws IOException {
        TableReport report = new TableReport(List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"),
                "Đắk Lắk, ngày 05 tháng 02 năm 2026", "SỔ ĐĂNG KÝ VĂN BẢN ĐI <năm 2026>", "Sổ thường",
                List.of("Số, ký hiệu", "Ngày", "Trích yếu"),
                List.of(List.of("01/UBND-KGVX", "05/02/2026", "V/v triển khai & thực hiện"),
                        List.of("02/QĐ-UBND", "06/02/2026", "Về việc ban hành Quy chế")), true);
        byte[] pdf = RENDERER.renderTable(report);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(doc)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI <năm 2026>",
                    "01/UBND-KGVX", "V/v triển khai & thực hiện", "02/QĐ-UBND");
        }
    }

    /** A transparent PNG with a coloured stroke (a signature) or ring (a seal). */
    private static byte[] png(int width, int height, java.awt.Color colour, boolean ring) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.setStroke(new java.awt.BasicStroke(8));
        if (ring) {
            g.drawOval(10, 10, width - 20, height - 20);
        } else {
            g.drawArc(20, 20, width - 40, height - 40, 10, 300);
        }
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Every PDF a test produces goes through the product's own conformance checker. */
    static byte[] checked(byte[] pdf) {
        Report report = CHECKER.check(pdf, "test");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return pdf;
    }
}
