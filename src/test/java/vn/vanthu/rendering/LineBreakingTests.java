package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;

/** Where lines break, read back from the PDF: centred titles, web and e-mail addresses, the place and date. */
class LineBreakingTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final ConformanceChecker CHECKER = new ConformanceChecker();
    /** A trích yếu that greedy breaking at the title width ends with one word alone. */
    private static final String ORPHANED = "Tăng cường công tác phòng, chống tai nạn, thương tích và đuối nước";

    private static PdfLines checked(Dispatch d) throws IOException {
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = CHECKER.check(pdf, "x");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        return PdfLines.read(pdf);
    }

    @Test
    void aCentredTrichYeuNeverEndsOnOneWord() throws IOException {
        double width = Typography.mmToPt(Typography.TEXT_WIDTH_MM) * 0.85;
        List<String> greedy = LineBreaks.breakLines(ORPHANED, 14, true, width);
        assertThat(greedy.get(greedy.size() - 1)).as("the test text orphans a word when broken greedily")
                .doesNotContain(" ");

        PdfLines pdf = checked(Fixtures.keHoach("Nội dung.").withSummary(ORPHANED));
        PdfLines.Line type = pdf.exactly("KẾ HOẠCH");
        List<PdfLines.Line> title = pdf.page(1).stream().filter(l -> l.y() > type.y() && l.y() < type.y() + 50).toList();
        assertThat(title).hasSize(greedy.size());
        assertThat(title.get(title.size() - 1).text()).contains(" ");
        assertThat(String.join(" ", title.stream().map(PdfLines.Line::text).toList())).isEqualTo(ORPHANED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void webAndMailAddressesBreakOnlyBetweenTheirParts(int padding) throws IOException {
        // a different lead-in each time moves the addresses along the line, across every line end
        String lead = "Đề nghị các đơn vị " + "cập nhật ".repeat(padding);
        String body = lead + "dữ liệu tại https://tiemchungmorong.vn/tra-cuu/lich-tiem-chung-tre-em và gửi báo cáo"
                + " qua địa chỉ phongnghiepvuy.syt@tphcm.gov.vn hoặc www.daklak.gov.vn trước ngày 15 tháng 12.";
        PdfLines pdf = checked(Fixtures.congVan(body));

        List<String> lines = pdf.texts();
        assertThat(lines).noneMatch(l -> l.endsWith("https:") || l.endsWith("https://") || l.endsWith("www."));
        assertThat(lines).anyMatch(l -> l.contains("https://tiemchungmorong.vn/"));
        assertThat(lines).anyMatch(l -> l.contains("phongnghiepvuy.syt@tphcm.gov.vn"));
        assertThat(lines).anyMatch(l -> l.contains("www.daklak.gov.vn"));
    }

    @Test
    void aWebAddressOrACodeLongerThanALineBreaksInsideInsteadOfRunningPastTheMargin() throws IOException {
        // a public-service page's address with its query string, and a record's code: once set on one line each,
        // 120 mm past the right margin
        String url = "https://dichvucong.daklak.gov.vn/portal/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html"
                + "?ma_thu_tuc=1.001776.000.00.00.H12&tab=thanh-phan-ho-so";
        String code = "000.00.12.H12-261130-0001" + "A".repeat(60);
        PdfLines pdf = checked(Fixtures.congVan("Đề nghị các đơn vị truy cập địa chỉ " + url + " để cập nhật hồ sơ."
                + "\n\nMã hồ sơ: " + code + "."));

        float rightMargin = (float) Typography.mmToPt(210 - 15);
        assertThat(pdf.page(1)).allSatisfy(l -> assertThat(l.right()).as(l.text())
                .isLessThanOrEqualTo(rightMargin + 1));
        String text = String.join("", pdf.texts()).replace(" ", "");
        assertThat(text).contains(url, code);
        // the scheme and host stay together, and every break in the address falls after a "/", "?", "&", "=",
        // "-", "_" or "." (never inside a word of the address)
        assertThat(pdf.texts()).anyMatch(l -> l.contains("https://dichvucong.daklak.gov.vn/"));
        for (String line : pdf.texts()) {
            String piece = line.strip();
            if (!piece.isEmpty() && url.contains(piece) && !url.endsWith(piece)) {
                assertThat("/?&=-_.").as(piece).contains(piece.substring(piece.length() - 1));
            }
        }
    }

    @Test
    void aNoiNhanItemWithAWordWiderThanItsColumnBreaksInsideTheColumn() throws IOException {
        // a 51-character e-mail address at 11 pt is 77 mm wide: once it ran out of the 70 mm column
        String mail = "phongnghiepvuytrongdiemtiemchung.syt@tphcm.gov.vn";
        PdfLines pdf = checked(Fixtures.congVan("Nội dung.", List.of("Như trên",
                "Phòng Nghiệp vụ Y, Sở Y tế (" + mail + ") để phối hợp")));

        float column = (float) Typography.mmToPt(30 + 70);
        List<PdfLines.Line> items = pdf.page(1).stream().filter(l -> l.size() == 11f).toList();
        assertThat(items).allSatisfy(l -> assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(column));
        assertThat(String.join("", items.stream().map(PdfLines.Line::text).toList()).replace(" ", ""))
                .contains(mail);
        assertThat(items.get(0).text()).isEqualTo("- Như trên;");
    }

    @Test
    void aLongPlaceNameKeepsThePlaceAndDateOnOneLine() throws IOException {
        PdfLines pdf = checked(Inputs.example("cong-van-thanh-pho-ho-chi-minh.yaml"));

        // one line holds the number (left column) and the whole place and date (right column), in 13 pt
        PdfLines.Line line = pdf.get("Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025");
        assertThat(line.text()).isEqualTo("Số: 2468/SYT-NVY Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025");
        assertThat(line.size()).isEqualTo(13f);
    }

    @Test
    void aLongIssuerNameBesideALongPlaceNameStillGetsItsDocument() throws IOException {
        // the Sở LĐTBXH of Thành phố Hồ Chí Minh, in December: its widest issuer line (65 mm) and ô 4 at 13 pt
        // (99 mm) fit the 165 mm text width, though not with 3 mm of air beside each
        PdfLines pdf = checked(Inputs.exampleWith("cong-van-thanh-pho-ho-chi-minh.yaml", "    - SỞ Y TẾ",
                "    - SỞ LAO ĐỘNG – THƯƠNG BINH\n    - VÀ XÃ HỘI"));

        assertThat(pdf.get("Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025").text())
                .endsWith("Số: 2468/SYT-NVY Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025");
        // each issuer line whole, in a column as wide as it needs
        assertThat(pdf.texts()).contains("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI");
    }

    @Test
    void aDraftOfThatIssuerNarrowsTheBlankForTheDayRatherThanBeingRefused() throws IOException {
        // the draft's blank day (8 spaces) is wider than any day the văn thư will write: 4.6 mm too wide here
        Dispatch draft = Inputs.yaml(Inputs.exampleText("cong-van-thanh-pho-ho-chi-minh.yaml")
                .replace("    - SỞ Y TẾ", "    - SỞ LAO ĐỘNG – THƯƠNG BINH\n    - VÀ XÃ HỘI")
                .replace("mode: final", "mode: draft"));
        PdfLines pdf = checked(draft);

        PdfLines.Line line = pdf.get("Thành phố Hồ Chí Minh, ngày");
        assertThat(line.text()).matches("Số: +/SYT-NVY Thành phố Hồ Chí Minh, ngày +tháng 11 năm 2025");
        assertThat(line.size()).isEqualTo(13f);
    }

    @Test
    void anIssuerNameTypedAsOneLineWiderThanItsColumnIsBrokenAndItsRuleSizedToTheLinesPrinted() throws IOException {
        // FOP wrapped "SỞ LAO ĐỘNG – THƯƠNG / BINH VÀ XÃ HỘI" in the 70 mm column, and the rule, sized on the
        // unwrapped 90 mm line, was 0.67 of the widest line printed (ND30-ISSUER-RULE: 1/3 to 1/2)
        String name = "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI";
        vn.vanthu.document.Issuer oneLine = new vn.vanthu.document.Issuer(List.of("UBND TỈNH ĐẮK LẮK"), List.of(name),
                "SLĐTBXH", "Đắk Lắk", List.of());
        PdfLines pdf = checked(Fixtures.congVan("Nội dung.").withIssuer(oneLine));

        List<PdfLines.Line> printed = pdf.page(1).stream().filter(l -> l.x() < Typography.mmToPt(100)
                && l.y() > pdf.get("UBND TỈNH ĐẮK LẮK").y() && l.y() < pdf.get("Số: 05/").y()).toList();
        // broken where real headers break it, before "VÀ", not inside "THƯƠNG BINH"
        assertThat(printed.stream().map(l -> l.text().replaceFirst(" Độc lập.*", "")).toList())
                .containsExactly("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI");
    }

    @Test
    void aPlaceTooLongForOneLineEvenAtThirteenPointsIsRefusedNamingTheField() throws IOException {
        String city = "Thành phố Buôn Ma Thuột";
        checked(Inputs.exampleWith("cong-van-thanh-pho-ho-chi-minh.yaml", "place: Thành phố Hồ Chí Minh",
                "place: " + city)).get(city + ", ngày 28 tháng 11 năm 2025");

        Dispatch tooLong = Inputs.exampleWith("cong-van-thanh-pho-ho-chi-minh.yaml", "place: Thành phố Hồ Chí Minh",
                "place: Huyện Cư Kuin Krông Năng Ea Súp");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RENDERER.render(tooLong, Mode.FINAL))
                .isInstanceOfSatisfying(vn.vanthu.document.InvalidDispatch.class, e -> assertThat(e.problems())
                        .extracting(vn.vanthu.document.FieldProblem::field).containsExactly("issuer.place"));
    }

    @Test
    void aShortPlaceNameKeepsTheDecreeColumnsAndFourteenPoints() throws IOException {
        PdfLines pdf = checked(Fixtures.congVan("Nội dung."));

        assertThat(pdf.get("Đắk Lắk, ngày 05 tháng 02 năm 2020").size()).isEqualTo(14f);
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan("Nội dung."), Mode.FINAL));
        assertThat(fo.all("//fo:table-column/@column-width")).contains("70.0mm", "95.0mm");
    }
}
