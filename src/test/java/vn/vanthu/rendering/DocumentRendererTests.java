package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;

/** The FO the templates produce, asserted with XPath: the decree's boxes, spellings and escaping. */
class DocumentRendererTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();

    @Test
    void congVanNumberDateAndBriefSummaryFollowTheDecree() {
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan("Nội dung."), Mode.FINAL));
        assertThat(fo.all("//fo:block[@font-size='13.00pt']")).contains("Số: 05/SLĐTBXH-BTXH");
        assertThat(fo.all("//fo:block[@font-style='italic']")).contains("Đắk Lắk, ngày 05 tháng 02 năm 2020");
        assertThat(String.join(" ", fo.all("//fo:block[@font-size='12.00pt' and @space-before='6pt']/fo:block")))
                .startsWith("V/v đề nghị ban hành");
        assertThat(fo.all("//fo:block[.='CÔNG VĂN']")).isEmpty();
        assertThat(fo.all("//fo:table-cell/fo:block")).contains("Kính gửi:", "Ủy ban nhân dân tỉnh");
    }

    @Test
    void monthsFromMarchAreNotPaddedAndDaysBelowTenAre() {
        Dispatch d = Fixtures.congVan("Nội dung.").issued(125, new IssueDate(9, 11, 2024));
        Fo fo = Fo.parse(RENDERER.fo(d, Mode.FINAL));
        assertThat(fo.all("//fo:block[@font-style='italic']")).contains("Đắk Lắk, ngày 09 tháng 11 năm 2024");
        assertThat(fo.all("//fo:block")).contains("Số: 125/SLĐTBXH-BTXH");
        Fo march = Fo.parse(RENDERER.fo(d.issued(7, new IssueDate(15, 3, 2024)), Mode.FINAL));
        assertThat(march.all("//fo:block")).contains("Số: 07/SLĐTBXH-BTXH", "Đắk Lắk, ngày 15 tháng 3 năm 2024");
    }

    @Test
    void draftShowsTheMarkAndLeavesNumberAndDayBlank() {
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.keHoach("Nội dung."), Mode.DRAFT));
        assertThat(fo.all("//fo:static-content[@flow-name='first-top']//fo:inline")).contains("DỰ THẢO");
        assertThat(fo.all("//fo:block")).anyMatch(s -> s.matches("Số: +/KH-UBND"))
                .anyMatch(s -> s.matches("Lai Châu, ngày +tháng 7 năm 2020"));
        Fo issued = Fo.parse(RENDERER.fo(Fixtures.keHoach("Nội dung."), Mode.FINAL));
        assertThat(issued.all("//fo:inline")).doesNotContain("DỰ THẢO");
    }

    @Test
    void copyForSignatureHasNoMarkAndLeavesNumberAndDayToTheVanThu() {
        Dispatch signed = Fixtures.congVan("Nội dung.");
        Fo fo = Fo.parse(RENDERER.fo(signed, Mode.FOR_SIGNATURE));
        assertThat(fo.all("//fo:inline")).doesNotContain("DỰ THẢO");
        assertThat(fo.all("//fo:block")).anyMatch(s -> s.matches("Số: +/SLĐTBXH-BTXH"))
                .anyMatch(s -> s.matches("Đắk Lắk, ngày +tháng 02 năm 2020"));
        byte[] pdf = RENDERER.render(signed, Mode.FOR_SIGNATURE);
        ConformanceChecker checker = new ConformanceChecker();
        assertThat(checker.checkAwaitingNumber(pdf, "bản trình ký").failures()).isEmpty();
        // without being told, the checker wants a number on a page that is not a draft
        assertThat(checker.check(pdf, "bản trình ký").failures()).extracting(Finding::ruleId)
                .contains("ND30-NUMBER-FORMAT", "ND30-DATE-FORMAT");
    }

    @Test
    void copyForSignatureNeedsTheSignersName() {
        Dispatch d = Fixtures.congVan("Nội dung.");
        Dispatch unsigned = d.withSignature(new vn.vanthu.document.Signature(d.signature().authority(),
                d.signature().title(), null, null, null));
        assertThatThrownBy(() -> RENDERER.render(unsigned, Mode.FOR_SIGNATURE))
                .isInstanceOfSatisfying(InvalidDispatch.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("signature.name"));
    }

    @Test
    void finalModeRefusesADocumentWithoutNumberAndDay() {
        Dispatch unnumbered = Fixtures.congVan("Nội dung.").issued(1, new IssueDate(null, null, 2024));
        Dispatch noNumber = new Dispatch(unnumbered.style(), unnumbered.type(), unnumbered.issuer(), null, null,
                unnumbered.unit(), unnumbered.date(), unnumbered.summary(), unnumbered.recipients(), null, List.of(),
                null, unnumbered.body(), unnumbered.signature(), unnumbered.distribution(), unnumbered.marks(),
                List.of(), Mode.FINAL);
        assertThatThrownBy(() -> RENDERER.render(noNumber, Mode.FINAL))
                .isInstanceOfSatisfying(InvalidDispatch.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("number", "date.day", "date.month"));
        assertThat(RENDERER.render(noNumber, Mode.DRAFT)).isNotEmpty();
    }

    @Test
    void typedDocumentHasTypeNameSummaryAndARuleSizedToIt() {
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.keHoach("Nội dung."), Mode.FINAL));
        assertThat(fo.all("//fo:block[@font-size='14.00pt']")).contains("KẾ HOẠCH");
        List<String> lines = fo.all("//fo:block[fo:block[.='KẾ HOẠCH']]/fo:block[not(fo:leader)]").stream()
                .filter(l -> !l.isEmpty() && !l.equals("KẾ HOẠCH")).toList();
        assertThat(String.join(" ", lines)).startsWith("Thực hiện Chỉ thị số 23/CT-TTg").endsWith("các giải pháp");
        double widest = TextMetrics.widest(lines, 14, true);
        List<String> rules = fo.all("//fo:leader/@leader-length");
        assertThat(rules).contains(Typography.pt(0.4 * widest));
    }

    @Test
    void hostileTextArrivesAsLiteralTextAndNeverAsMarkup() {
        String hostile = "<fo:block font-size=\"72pt\">X</fo:block> ]]> ${7*7} <#assign x=1> &amp; &#x41;";
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan(hostile), Mode.FINAL));
        assertThat(String.join("", fo.all("//fo:flow"))).contains(hostile)
                .doesNotContain("49");
        assertThat(fo.count("//fo:block[@font-size='72pt']")).isZero();
    }

    @Test
    void aKinhGuiWithNoOtherRecipientOpensNoiNhanWithNhuTren() {
        Dispatch none = Fixtures.congVan("Nội dung./.", List.of());
        Fo fo = Fo.parse(RENDERER.fo(none, Mode.FINAL));
        String row = "//fo:table-row[.//fo:block[.='Nơi nhận:']]//fo:block[starts-with(., '- ')]";
        assertThat(fo.all(row)).containsExactly("- Như trên;", "- Lưu: VT, BTXH.");
        var report = new ConformanceChecker().check(RENDERER.render(none, Mode.FINAL), "như trên");
        assertThat(report.failures()).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ND30-NN-NHUTREN"))
                .extracting(Finding::status).containsExactly(Finding.Status.PASS);
    }

    @Test
    void aNoiNhanThatLeavesTheAddresseesOutGetsNhuTrenFirstAndOneThatNamesThemAgainIsKept() {
        String items = "//fo:table-row[.//fo:block[.='Nơi nhận:']]//fo:block[starts-with(., '- ')]";
        Dispatch leftOut = Fixtures.congVan("Nội dung./.", List.of("Giám đốc"));
        assertThat(Fo.parse(RENDERER.fo(leftOut, Mode.FINAL)).all(items))
                .containsExactly("- Như trên;", "- Giám đốc;", "- Lưu: VT, BTXH.");
        Dispatch namedAgain = Fixtures.congVan("Nội dung./.", List.of("Ủy ban nhân dân tỉnh", "Giám đốc"));
        assertThat(Fo.parse(RENDERER.fo(namedAgain, Mode.FINAL)).all(items))
                .containsExactly("- Ủy ban nhân dân tỉnh;", "- Giám đốc;", "- Lưu: VT, BTXH.");
        var report = new ConformanceChecker().check(RENDERER.render(leftOut, Mode.FINAL), "thêm như trên");
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void signatureAndRecipientsShareOneUnbreakableRow() {
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan("Nội dung."), Mode.FINAL));
        String row = "//fo:table-row[@keep-together.within-page='always'][.//fo:block[.='Nơi nhận:']]";
        assertThat(fo.all(row)).singleElement().asString()
                .contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Phụng", "- Như trên;", "- Lưu: VT, BTXH.");
    }

    @Test
    void endMarkTakesThePlaceOfTheSemicolonThatClosesALastListItem() {
        // a drafter ends every point with ";" by habit; "…phối hợp;./." is no end of a document
        for (String body : List.of("Các đơn vị:\n\n+ rà soát;\n+ phối hợp;", "- Sở Y tế;\n- Sở Tài chính,")) {
            Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan(body), Mode.FINAL));
            List<String> blocks = fo.all("//fo:flow//fo:block[@text-align='justify']");
            assertThat(blocks).as(body).noneMatch(b -> b.contains(";./.") || b.contains(",./."))
                    .anyMatch(b -> b.endsWith("phối hợp./.") || b.endsWith("Sở Tài chính./."));
        }
    }

    @Test
    void endMarkTakesThePlaceOfTheLastFullStop() {
        Fo fo = Fo.parse(RENDERER.fo(Fixtures.congVan("Đề nghị xem xét, quyết định."), Mode.FINAL));
        assertThat(fo.all("//fo:flow//fo:block[@text-align='justify']")).contains("Đề nghị xem xét, quyết định./.");
        Fo typed = Fo.parse(RENDERER.fo(Fixtures.congVan("Triển khai thực hiện./."), Mode.FINAL));
        assertThat(typed.all("//fo:flow//fo:block[@text-align='justify']")).contains("Triển khai thực hiện./.");
    }
}
