package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.conformance.FixturePdf.Style;
import vn.vanthu.conformance.Variant.Knob;

class ConformanceCheckerTests {

    private final ConformanceChecker checker = new ConformanceChecker();

    private static Finding finding(Report report, String id) {
        return report.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> failedIds(Report report) {
        return report.failures().stream().map(Finding::ruleId).toList();
    }

    @Test
    void conformingCongVanPassesWithMeasurements() {
        Report report = checker.check(Fixtures.congVan(Variant.standard()), "cong-van");

        assertThat(report.failures()).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.status() == Finding.Status.WARN);
        assertThat(finding(report, "ND30-QH-SIZE").measured()).isEqualTo("12.0 pt");
        assertThat(finding(report, "ND30-ISSUER-RULE").measured()).endsWith("(ratio 0.40)");
        assertThat(finding(report, "ND30-TN-RULE").measured()).endsWith("(ratio 1.00)");
        assertThat(finding(report, "ND30-TITLE-KIND").measured()).startsWith("công văn \"V/v");
        assertThat(finding(report, "ND30-KINHGUI").status()).isEqualTo(Finding.Status.PASS);
        assertThat(finding(report, "ND30-NN-NHUTREN").measured()).isEqualTo("\"- Như trên;\"");
        assertThat(finding(report, "ND30-BODY-INDENT").measured()).startsWith("10.0 mm");
        assertThat(finding(report, "ND30-PAGENUM").status()).isEqualTo(Finding.Status.PASS);
        assertThat(finding(report, "ND30-TYPE-SIZE").status()).isEqualTo(Finding.Status.SKIP);
    }

    @Test
    void kinhGuiRecipientsNamedAgainInsteadOfNhuTrenIsAWarningAndLeftOutAFailure() {
        Report namedAgain = checker.check(Fixtures.congVan(Variant.standard().with(Knob.NOI_NHAN_ITEMS,
                List.of("- Ủy ban nhân dân các huyện, thành phố;", "- Các sở, ban, ngành thuộc tỉnh;",
                        "- UBND tỉnh (để báo cáo);", "- Lưu: VT, BTXH."))), "named-again");
        assertThat(namedAgain.failures()).isEmpty();
        assertThat(finding(namedAgain, "ND30-NN-NHUTREN").status()).isEqualTo(Finding.Status.WARN);

        Report leftOut = checker.check(Fixtures.congVan(Variant.standard().with(Knob.NOI_NHAN_ITEMS,
                List.of("- Ủy ban nhân dân các huyện, thành phố;", "- UBND tỉnh (để báo cáo);", "- Lưu: VT, BTXH."))),
                "left-out");
        assertThat(failedIds(leftOut)).containsExactly("ND30-NN-NHUTREN");
        assertThat(finding(leftOut, "ND30-NN-NHUTREN").measured())
                .isEqualTo("not in Nơi nhận: Các sở, ban, ngành thuộc tỉnh");
    }

    @Test
    void conformingKeHoachWithLandscapeAppendixPasses() {
        Report report = checker.check(TypedFixtures.keHoach(Variant.standard()), "ke-hoach");

        assertThat(report.failures()).isEmpty();
        assertThat(finding(report, "ND30-TITLE-KIND").measured()).isEqualTo("type name \"KẾ HOẠCH\"");
        assertThat(finding(report, "ND30-TRICHYEU-RULE").measured()).endsWith("(ratio 0.40)");
        assertThat(finding(report, "ND30-KINHGUI").status()).isEqualTo(Finding.Status.SKIP);
        assertThat(finding(report, "ND30-PAGE-SIZE").measured()).contains("3 page(s)");
        assertThat(finding(report, "ND30-PAGENUM").measured()).isEqualTo("1 page(s) numbered correctly");
    }

    @Test
    void oneLineIssuerOnTheQuocHieuBaselineAndTheOfficialTTgPass() {
        Report report = checker.check(TypedFixtures.chiThiThuTuong(Variant.standard()), "chi-thi-ttg");

        assertThat(report.failures()).isEmpty();
        assertThat(finding(report, "ND30-QH-TEXT").measured()).isEqualTo("\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"");
        assertThat(finding(report, "ND30-ISSUER-TEXT").measured()).isEqualTo("\"THỦ TƯỚNG CHÍNH PHỦ\"");
        assertThat(finding(report, "ND30-ISSUER-TOP").status()).isEqualTo(Finding.Status.PASS);
        assertThat(finding(report, "ND30-NUMBER-CASE").measured()).isEqualTo("ký hiệu in capitals (official TTg)");
    }

    @Test
    void lowerCaseOutsideTheOfficialAbbreviationsFailsOnlyTheCaseRule() {
        Report report = checker.check(TypedFixtures.chiThiThuTuong(Variant.standard()
                .with(Knob.NUMBER, "Số: 23/Ct-TTg")), "ct");

        assertThat(failedIds(report)).containsExactly("ND30-NUMBER-CASE");
        assertThat(finding(report, "ND30-NUMBER-CASE").measured()).isEqualTo("lower case in Ct");
    }

    @Test
    void normativeNumberWithTheYearPasses() {
        Report report = checker.check(TypedFixtures.chiThiThuTuong(Variant.standard()
                .with(Knob.NUMBER, "Số: 33/2025/NQ-HĐND")), "nq");

        assertThat(report.failures()).isEmpty();
    }

    @Test
    void aBlankPageAndAnIncompleteReferenceLineFailTheirRules() {
        Report blank = checker.check(TypedFixtures.keHoach(Variant.standard().with(Knob.BLANK_PAGE, true)), "blank");
        assertThat(failedIds(blank)).containsExactly("ND30-PAGE-BLANK");
        assertThat(finding(blank, "ND30-PAGE-BLANK").page()).isEqualTo(3);

        Report noIssuer = checker.check(TypedFixtures.keHoach(Variant.standard().with(Knob.REFERENCE,
                "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15 tháng 3 năm 2025)")), "no-issuer");
        assertThat(failedIds(noIssuer)).containsExactly("ND30-APPENDIX-REFERENCE");
        assertThat(finding(checker.check(TypedFixtures.keHoach(Variant.standard()), "kh"), "ND30-APPENDIX-REFERENCE")
                .status())
                .isEqualTo(Finding.Status.PASS);
    }

    @Test
    void conformingPartyChiThiIsCheckedAgainstHd36() {
        Report report = checker.check(TypedFixtures.chiThi(Variant.standard()), "chi-thi");

        assertThat(report.failures()).isEmpty();
        assertThat(report.findings()).allMatch(f -> f.ruleId().startsWith("HD36-"));
        assertThat(finding(report, "HD36-ISSUER-STAR").status()).isEqualTo(Finding.Status.PASS);
        assertThat(finding(report, "HD36-TYPE-SIZE").measured()).isEqualTo("16.0 pt");
        assertThat(finding(report, "HD36-SIGN-AUTHORITY").measured()).isEqualTo("\"T/M BAN THƯỜNG VỤ\"");
    }

    @Test
    void partyNumberWithColonFails() {
        Report report = checker.check(TypedFixtures.chiThi(Variant.standard().with(Knob.NUMBER, "Số: 46/CT-HU")), "x");

        assertThat(failedIds(report)).containsExactly("HD36-NUMBER-FORMAT");
    }

    static Stream<Arguments> violations() {
        Variant v = Variant.standard();
        return Stream.of(
                Arguments.of(v.with(Knob.BODY_SIZE, 12f), List.of("ND30-BODY-SIZE")),
                Arguments.of(v.with(Knob.DATE, "Lào Cai, ngày 05 tháng 03 năm 2025"), List.of("ND30-DATE-FORMAT")),
                Arguments.of(v.with(Knob.DATE, "Lào Cai, ngày 5 tháng 01 năm 2025"), List.of("ND30-DATE-FORMAT")),
                Arguments.of(v.with(Knob.NUMBER, "Số: 5/SLĐTBXH-BTXH"), List.of("ND30-NUMBER-FORMAT")),
                Arguments.of(v.with(Knob.NUMBER, "Số:        /SLĐTBXH-BTXH"), List.of("ND30-NUMBER-FORMAT")),
                Arguments.of(v.with(Knob.ISSUER_RULE_RATIO, 0f), List.of("ND30-ISSUER-RULE")),
                Arguments.of(v.with(Knob.ISSUER_RULE_RATIO, 0.7f), List.of("ND30-ISSUER-RULE")),
                Arguments.of(v.with(Knob.TN_RULE_SCALE, 1.2f), List.of("ND30-TN-RULE")),
                Arguments.of(v.with(Knob.QH_BOLD, false), List.of("ND30-QH-BOLD")),
                Arguments.of(v.with(Knob.SHIFT_MM, -5f), List.of("ND30-PAGE-MARGINS")),
                Arguments.of(v.with(Knob.NOI_NHAN, false), List.of("ND30-NN-LABEL")),
                Arguments.of(v.with(Knob.NUMBER_ON_FIRST, true), List.of("ND30-PAGENUM-FIRST")),
                Arguments.of(v.with(Knob.PAPER, PDRectangle.LETTER), List.of("ND30-PAGE-SIZE")),
                Arguments.of(v.with(Knob.PAGE_NUMBER_STYLE, Style.HELVETICA),
                        List.of("ND30-FONT-EMBEDDED", "ND30-FONT-FAMILY")));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void eachViolationFailsExactlyItsRule(Variant variant, List<String> expected) {
        Report report = checker.check(Fixtures.congVan(variant), variant.toString());

        assertThat(failedIds(report)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void draftMayLeaveNumberAndDayBlank() {
        Report report = checker.check(Fixtures.congVan(Variant.standard().with(Knob.DRAFT, true)), "draft");

        assertThat(report.failures()).isEmpty();
        assertThat(finding(report, "ND30-NUMBER-FORMAT").measured()).isEqualTo("\"Số: /SLĐTBXH-BTXH\"");
        assertThat(finding(report, "ND30-DATE-FORMAT").measured()).isEqualTo("\"Lào Cai, ngày tháng 01 năm 2025\"");
    }

    @Test
    void enDashInTieuNguIsAWarningNotAFailure() {
        Report report = checker.check(Fixtures.congVan(Variant.standard()
                .with(Knob.TIEU_NGU, "Độc lập – Tự do – Hạnh phúc")), "en-dash");

        assertThat(report.failures()).isEmpty();
        assertThat(finding(report, "ND30-TN-TEXT").status()).isEqualTo(Finding.Status.WARN);
    }

    @Test
    void unreadableInputIsOneFailure() {
        Report report = checker.check("not a pdf".getBytes(), "junk");

        assertThat(failedIds(report)).containsExactly("PDF-READ");
    }

    @Test
    void oneCheckerServesManyThreadsWithTheSameResults() throws Exception {
        List<byte[]> pdfs = List.of(Fixtures.congVan(Variant.standard()), TypedFixtures.keHoach(Variant.standard()),
                TypedFixtures.chiThi(Variant.standard()), Fixtures.congVan(Variant.standard().with(Knob.BODY_SIZE, 12f)));
        List<Report> sequential = pdfs.stream().map(p -> checker.check(p, "p")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Report>> futures = pdfs.stream().map(p -> pool.submit(() -> checker.check(p, "p"))).toList();
                for (int i = 0; i < pdfs.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
