package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each form needs, and one set of rules with the checker: what the validator lets through renders to a
 * PDF the checker passes, and what the checker fails is refused here first (normative numbers, Lưu without VT,
 * case of the ký hiệu); warnings for input that renders but not as typed.
 */
class FormRulesTests {

    private static final String BASE = """
            type: ke-hoach
            issuer: {name: [ỦY BAN NHÂN DÂN, TỈNH ĐẮK LẮK], abbreviation: UBND, place: Đắk Lắk}
            number: 5
            unit: KGVX
            date: 2025-03-05
            summary: Thực hiện công tác trẻ em năm 2025
            body: Nội dung.
            signature: {authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Phạm Ngọc Nghị}
            """;

    private static Dispatch read(String yaml) {
        return DispatchReader.read(yaml, "x.yaml");
    }

    private static List<String> problems(String yaml, Mode mode) {
        return DispatchValidator.validate(read(yaml), mode).stream().map(FieldProblem::toString).toList();
    }

    private static List<String> problems(String yaml) {
        return problems(yaml, Mode.FINAL);
    }

    private static List<String> fields(String yaml) {
        return DispatchValidator.validate(read(yaml), Mode.FINAL).stream().map(FieldProblem::field).toList();
    }

    @Test
    void theBaseIsValid() {
        assertThat(problems(BASE)).isEmpty();
    }

    @Test
    void aNormativeNumberCarriesTheYearAndAYearTypedInTheSymbolIsRefused() {
        Dispatch normative = read(BASE.replace("type: ke-hoach", "type: nghi-quyet\nnormative: true")
                .replace("abbreviation: UBND", "abbreviation: HĐND"));
        assertThat(DispatchValidator.validate(normative, Mode.FINAL)).isEmpty();
        assertThat(normative.symbolOrDerived()).isEqualTo("2025/NQ-HĐND");

        assertThat(problems(BASE + "symbol: 2025/KH-UBND\n")).singleElement().asString()
                .startsWith("symbol: ký hiệu không có dấu '/'").contains("normative: true");
    }

    @Test
    void theLuuLineStartsWithVtInDecree30AndNotInPartyDocuments() {
        assertThat(problems(BASE + "distribution: {archive: KGVX}\n")).containsExactly(
                "distribution.archive: dòng Lưu phải bắt đầu bằng VT (văn thư lưu bản chính), ví dụ 'VT, KGVX'");
        assertThat(problems(BASE + "distribution: {archive: \"VT, KGVX\"}\n")).isEmpty();
        String party = BASE.replace("type: ke-hoach", "style: party\ntype: chi-thi")
                .replace("authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]", "authority: [T/M BAN THƯỜNG VỤ, BÍ THƯ]");
        assertThat(problems(party + "distribution: {archive: Văn phòng Huyện ủy}\n")).isEmpty();
    }

    @Test
    void theKyHieuIsInCapitalsExceptTheOfficialMixedCaseAbbreviations() {
        assertThat(problems(BASE + "symbol: Kh-UBND\n")).singleElement().asString()
                .startsWith("symbol: ký hiệu viết chữ in hoa").endsWith("'Kh'");
        assertThat(problems(BASE.replace("unit: KGVX", "unit: Kgvx"))).extracting(p -> p.substring(0, 5))
                .containsExactly("unit:");
        assertThat(problems(BASE.replace("type: ke-hoach", "type: chi-thi") + "symbol: CT-TTg\n")).isEmpty();
        assertThat(problems(BASE.replace("type: ke-hoach", "type: chuong-trinh"))).isEmpty();
        assertThat(problems(BASE.replace("type: ke-hoach", "type: quy-dinh"))).isEmpty();
        assertThat(problems(BASE + "symbol: KH.UBND\n")).singleElement().asString()
                .startsWith("symbol: ký hiệu 'KH.UBND' phải gồm chữ, số hoặc &");
    }

    @Test
    void theSignersNameInCapitalsIsRefusedAsTheCheckerFailsIt() {
        assertThat(fields(BASE.replace("name: Phạm Ngọc Nghị", "name: PHẠM NGỌC NGHỊ"))).containsExactly("signature.name");
    }

    @Test
    void anExtendedTypeNameStartsWithTheTypeItKeepsTheKyHieuOf() {
        String conclusion = BASE.replace("type: ke-hoach", "type: thong-bao\ntypeName: Thông báo kết luận");
        assertThat(problems(conclusion)).isEmpty();
        assertThat(read(conclusion).printedTypeName()).isEqualTo("THÔNG BÁO KẾT LUẬN");
        assertThat(read(conclusion).symbolOrDerived()).isEqualTo("TB-UBND");
        assertThat(fields(BASE + "typeName: KẾT LUẬN\n")).containsExactly("typeName");
    }

    @Test
    void aTypeNameLongerThanSixWordsIsRefusedSinceTheRestIsTheTrichYeu() {
        // it wrapped onto two centred lines, and the checker, which knows a type name as one short line, failed
        // the PDF (ND30-TITLE-KIND: neither a type name nor a V/v line)
        String longer = BASE.replace("type: ke-hoach",
                "type: thong-bao\ntypeName: Thông báo kết luận và chỉ đạo của Thường trực Ủy ban nhân dân tỉnh");
        assertThat(fields(longer)).containsExactly("typeName");
        assertThat(problems(longer)).singleElement().asString().contains("trích yếu");
        assertThat(problems(BASE.replace("type: ke-hoach",
                "type: thong-bao\ntypeName: Thông báo kết luận giao ban"))).isEmpty();
    }

    @Test
    void aCongDienNeedsItsSenderAndAddressees() {
        String telegram = BASE.replace("type: ke-hoach", "type: cong-dien");
        assertThat(fields(telegram)).containsExactly("authorityLine", "recipients");
        assertThat(problems(telegram + "authorityLine: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nrecipients: [Các sở, ngành]\n"))
                .isEmpty();
    }

    @Test
    void phuLucAndAttachedTextsNeedTheIssuersRunningName() {
        String withAppendix = BASE + "appendices: [{title: Danh sách, body: Nội dung.}]\n";
        assertThat(fields(withAppendix)).containsExactly("issuer.fullName");
        assertThat(problems(withAppendix.replace("place: Đắk Lắk}", "place: Đắk Lắk, fullName: Ủy ban nhân dân"
                + " tỉnh Đắk Lắk}"))).isEmpty();
        String withAttachment = BASE + "attachments: [{name: Quy chế, title: Phối hợp}]\n";
        assertThat(fields(withAttachment)).containsExactly("issuer.fullName", "attachments[0].body");
    }

    @Test
    void aBienBanNeedsItsSecretaryAndTheGiayFormsNeedNoTrichYeu() {
        String minutes = BASE.replace("type: ke-hoach", "type: bien-ban");
        assertThat(fields(minutes)).containsExactly("cosigner");
        assertThat(problems(minutes + "cosigner: {authority: [THƯ KÝ], name: Lê Thị Hạnh}\n")).isEmpty();
        String noSummary = BASE.replace("summary: Thực hiện công tác trẻ em năm 2025\n", "");
        assertThat(fields(noSummary)).containsExactly("summary");
        assertThat(problems(noSummary.replace("type: ke-hoach", "type: giay-gioi-thieu"))).isEmpty();
        assertThat(problems(noSummary.replace("type: ke-hoach", "type: giay-nghi-phep"))).isEmpty();
    }

    @Test
    void aCopyIsOfAnIssuedDocumentAndCarriesItsOwnNumberDateAndSigner() {
        String copy = BASE + """
                copy:
                  form: sao-y
                  issuer: {name: [VĂN PHÒNG], abbreviation: VPUBND, place: Đắk Lắk}
                  number: 12
                  date: 2025-03-06
                  signature: {authority: [TL. CHỦ TỊCH], title: CHÁNH VĂN PHÒNG, name: Lê Thị Thu Hà}
                """;
        assertThat(problems(copy)).isEmpty();
        assertThat(problems(copy, Mode.DRAFT)).isEmpty();
        assertThat(fields(copy.replace("number: 5\n", ""))).containsExactly("number");
        assertThat(fields(copy.replace("  number: 12\n", ""))).containsExactly("copy.number");
        assertThat(read(copy).copy().symbol()).isEqualTo("SY-VPUBND");
        String electronic = BASE + """
                copy: {form: trich-sao, electronic: true, issuer: {fullName: Văn phòng UBND tỉnh}, signedAt: hôm nay}
                """;
        assertThat(problems(electronic)).singleElement().asString().startsWith("copy.signedAt: thời gian ký viết theo"
                + " ISO 8601");
        assertThat(problems(electronic.replace("hôm nay", "\"2025-03-10T09:30:00+07:00\""))).isEmpty();
        assertThat(DispatchReaderTests.problems(BASE + "copy: {form: sao-chep}\n")).extracting(FieldProblem::field)
                .containsExactly("copy.form");
    }

    @Test
    void aDayOrNumberTypedInADraftIsReportedAsNotPrinted() {
        Dispatch d = read(BASE);
        assertThat(DispatchValidator.warnings(d, Mode.DRAFT)).extracting(FieldProblem::field)
                .containsExactly("number", "date.day");
        assertThat(DispatchValidator.warnings(d, Mode.FOR_SIGNATURE)).hasSize(2);
        assertThat(DispatchValidator.warnings(d, Mode.FINAL)).isEmpty();
        assertThat(DispatchValidator.warnings(d, Mode.DRAFT).get(1).message())
                .isEqualTo("ngày 5 không được in: trong bản dự thảo và bản trình ký, ngày ban hành do văn thư ghi khi"
                        + " phát hành");
    }

    @Test
    void anAuthorityLineThatYamlSplitAtItsCommaIsReported() {
        String split = BASE.replace("authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]", "authority: [KT. BỘ TRƯỞNG, CHỦ NHIỆM]");
        assertThat(read(split).signature().authority()).hasSize(2);
        assertThat(DispatchValidator.warnings(read(split), Mode.FINAL)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("signature.authority[1]");
            assertThat(w.message()).startsWith("'CHỦ NHIỆM' không bắt đầu bằng TM., KT.").contains("dấu nháy kép");
        });
        String quoted = BASE.replace("authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]",
                "authority: [\"KT. BỘ TRƯỞNG, CHỦ NHIỆM\"]");
        assertThat(read(quoted).signature().authority()).hasSize(1);
        assertThat(DispatchValidator.warnings(read(quoted), Mode.FINAL)).isEmpty();
        assertThat(DispatchValidator.warnings(read(BASE), Mode.FINAL)).isEmpty();
    }

    @Test
    void nestedNoiNhanItemsAndLinesWithAColon() {
        Dispatch d = read(BASE + """
                distribution:
                  recipients:
                    - Như trên
                    - Các Sở: LĐTBXH, GDĐT
                    - VP UBND tỉnh: [LĐVP, "KGVX, TH;"]
                  archive: VT, KGVX
                """);
        assertThat(d.distribution().recipients()).containsExactly("Như trên", "Các Sở: LĐTBXH, GDĐT", "VP UBND tỉnh");
        assertThat(d.distribution().subItems()).containsExactly(List.of(), List.of(), List.of("LĐVP", "KGVX, TH"));
        assertThat(DispatchReader.fromMap(DispatchWriter.toMap(d))).isEqualTo(d);
    }

    @Test
    void severalAuthorityLinesAndProposalsAreTypedAsListsOrLines() {
        Dispatch listed = read(BASE + "authorityLine: [HỘI ĐỒNG NHÂN DÂN TỈNH, \"KHÓA X, KỲ HỌP THỨ 12\"]\n"
                + "proposal: [\"Xét Tờ trình số 95/TTr-UBND;\", Báo cáo thẩm tra số 41/BC-VHXH.]\n");
        assertThat(listed.authorityLine()).isEqualTo("HỘI ĐỒNG NHÂN DÂN TỈNH\nKHÓA X, KỲ HỌP THỨ 12");
        assertThat(listed.proposal()).isEqualTo("Xét Tờ trình số 95/TTr-UBND\nBáo cáo thẩm tra số 41/BC-VHXH");
        Dispatch typed = read(BASE + "proposal: |\n  Xét Tờ trình số 95/TTr-UBND;\n  Báo cáo thẩm tra số 41/BC-VHXH.\n"
                + "authorityLine: |\n  HỘI ĐỒNG NHÂN DÂN TỈNH\n  KHÓA X, KỲ HỌP THỨ 12\n");
        assertThat(typed.proposal()).isEqualTo(listed.proposal());
        assertThat(typed.authorityLine()).isEqualTo(listed.authorityLine());
        assertThat(DispatchValidator.validate(listed, Mode.FINAL)).isEmpty();
    }
}
