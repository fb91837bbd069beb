package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 9: sizes no clerk reaches are refused before rendering, and values that are not text where text is due. */
class HostileInputTests {

    private static final String VALID = """
            type: bao-cao
            issuer: {name: [ỦY BAN NHÂN DÂN, TỈNH ĐẮK LẮK], abbreviation: UBND, place: Đắk Lắk}
            number: 12
            unit: KGVX
            date: 2025-01-15
            summary: Kết quả thực hiện công tác trẻ em năm 2024
            body: Nội dung.
            signature: {authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Phạm Ngọc Nghị}
            """;
    private static final InputLimits LIMITS = InputLimits.DEFAULT;

    private static List<FieldProblem> validate(Dispatch d) {
        return DispatchValidator.validate(d, Mode.FINAL);
    }

    private static Dispatch valid() {
        return DispatchReader.read(VALID, "x.yaml");
    }

    @Test
    void theValidInputIsValid() {
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    void aHundredPageReportIsWellInsideTheLimits() {
        String body = report(110);
        Dispatch d = valid().withBody(body);

        assertThat(validate(d)).isEmpty();
        // 110 sections of prose and a 15-row table each render to more than 100 pages: a quarter of each limit
        assertThat(body.length()).isGreaterThan(200_000).isLessThan(LIMITS.bodyChars() / 4);
        assertThat(body.lines().count()).isLessThan(LIMITS.bodyLines() / 4);
    }

    @Test
    void eachLimitNamesTheFieldTheLimitAndTheSize() {
        Dispatch longSummary = valid().withSummary("x".repeat(LIMITS.summaryChars() + 1));
        assertThat(validate(longSummary)).extracting(FieldProblem::toString)
                .containsExactly("summary: dài quá giới hạn 1.000 ký tự (đang có 1.001)");

        Dispatch longBody = valid().withBody("Nội dung dài. ".repeat(LIMITS.bodyChars() / 14 + 10));
        assertThat(validate(longBody)).extracting(FieldProblem::field).containsExactly("body");
        assertThat(validate(longBody).get(0).message()).startsWith("dài quá giới hạn 1.000.000 ký tự");

        Dispatch manyLines = valid().withBody("a\n\n".repeat(LIMITS.bodyLines() / 2 + 1));
        assertThat(validate(manyLines)).extracting(FieldProblem::toString)
                .containsExactly("body: quá giới hạn 20.000 dòng (đang có 20.003)");

        Dispatch longParagraph = valid().withBody("chữ ".repeat(LIMITS.paragraphChars() / 4 + 1));
        assertThat(validate(longParagraph)).extracting(FieldProblem::toString)
                .containsExactly("body: có đoạn văn dài quá giới hạn 20.000 ký tự");

        String rows = "| 1 | a |\n".repeat(LIMITS.tableRows() + 1);
        Dispatch longTable = valid().withBody("| STT | Tên |\n|---|---|\n" + rows);
        assertThat(validate(longTable)).extracting(FieldProblem::toString)
                .containsExactly("body: quá giới hạn 5.000 hàng trong một bảng (đang có 5.001)");

        String wide = "|" + " a |".repeat(LIMITS.tableColumns() + 1);
        Dispatch wideTable = valid().withBody(wide + "\n" + "|---".repeat(LIMITS.tableColumns() + 1) + "|\n" + wide);
        assertThat(validate(wideTable)).extracting(FieldProblem::toString)
                .containsExactly("body: quá giới hạn 30 cột trong một bảng (đang có 31)");
    }

    @Test
    void listsAndHeaderLinesHaveLimitsToo() {
        String manyRecipients = VALID + "recipients: [" + "Sở, ".repeat(LIMITS.listItems()) + "Sở]\n";
        assertThat(validate(DispatchReader.read(manyRecipients, "x.yaml"))).extracting(FieldProblem::toString)
                .containsExactly("recipients: quá giới hạn 200 nơi nhận (đang có 201)");

        String longIssuer = VALID.replace("TỈNH ĐẮK LẮK]", "TỈNH " + "Đ".repeat(LIMITS.headerLineChars()) + "]");
        assertThat(validate(DispatchReader.read(longIssuer, "x.yaml"))).extracting(FieldProblem::field)
                .containsExactly("issuer.name[1]");

        StringBuilder appendices = new StringBuilder(VALID.replace("place: Đắk Lắk}",
                "place: Đắk Lắk, fullName: Ủy ban nhân dân tỉnh Đắk Lắk}") + "appendices:\n");
        for (int i = 0; i <= LIMITS.appendices(); i++) {
            appendices.append("  - {title: Phụ lục, body: Nội dung.}\n");
        }
        assertThat(validate(DispatchReader.read(appendices.toString(), "x.yaml"))).extracting(FieldProblem::toString)
                .containsExactly("appendices: quá giới hạn 30 phụ lục (đang có 31)");
    }

    /** The signature block, ô 12 and ô 13 took any line of 2,000 characters, 200 of them: pages of a signer. */
    @Test
    void theSignatureBlockAndTheLinesAroundItAreShortLines() {
        String longName = "x".repeat(LIMITS.headerLineChars() + 1);
        String many = ("TM. ỦY BAN NHÂN DÂN, ").repeat(LIMITS.signerLines());
        String signer = VALID.replace("{authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Phạm Ngọc Nghị}",
                "{authority: [" + many + "CHỦ TỊCH], title: " + longName + ", name: " + longName + "}")
                .replace("place: Đắk Lắk}", "place: Đắk Lắk, contact: [" + "Địa chỉ, ".repeat(LIMITS.contactLines())
                        + "y" .repeat(LIMITS.contactChars() + 1) + "]}")
                + "distribution: {recipients: [Như trên], archive: VT, drafter: " + "N".repeat(LIMITS.drafterChars() + 1)
                + "}\ncosigner: {authority: [THƯ KÝ, THƯ KÝ, " + "T".repeat(LIMITS.cosignerChars() + 1)
                + "], name: Lê Thị Hạnh}\n";
        assertThat(validate(DispatchReader.read(signer, "x.yaml"))).extracting(FieldProblem::toString).contains(
                "cosigner.authority: quá giới hạn 2 dòng (đang có 3)",
                "cosigner.authority[2]: dài quá giới hạn 60 ký tự (đang có 61)",
                "signature.authority: quá giới hạn 3 dòng (đang có 4)",
                "signature.title: dài quá giới hạn 100 ký tự (đang có 101)",
                "signature.name: dài quá giới hạn 100 ký tự (đang có 101)",
                "distribution.drafter: dài quá giới hạn 10 ký tự (đang có 11)",
                "issuer.contact: quá giới hạn 4 dòng (đang có 5)",
                "issuer.contact[4]: dài quá giới hạn 200 ký tự (đang có 201)");
        // at the limits, nothing is refused
        String atLimits = VALID.replace("name: Phạm Ngọc Nghị}", "title: " + "X".repeat(LIMITS.headerLineChars())
                + ", name: Phạm Ngọc Nghị}") + "distribution: {recipients: [Như trên], archive: VT, drafter: "
                + "N".repeat(LIMITS.drafterChars()) + "}\n";
        assertThat(validate(DispatchReader.read(atLimits, "x.yaml"))).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsNotParsedAtAll() {
        // ten thousand nested quotes would cost the markup parser time; the size alone decides
        Dispatch hostile = valid().withBody("> ".repeat(LIMITS.bodyChars() / 2 + 1));
        long start = System.nanoTime();
        assertThat(validate(hostile)).extracting(FieldProblem::field).containsExactly("body");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(1_000);
    }

    @Test
    void numbersYesNoAndBinaryAreRefusedWhereTextIsDue() {
        assertThat(DispatchReaderTests.problems(VALID + "recipients: 5\n")).extracting(FieldProblem::toString)
                .containsExactly("recipients: phải là chữ, không phải số (5); nếu đúng là chữ, hãy đặt trong dấu nháy kép");
        assertThat(DispatchReaderTests.problems(VALID.replace("summary: Kết quả thực hiện công tác trẻ em năm 2024",
                "summary: true"))).extracting(FieldProblem::field).containsExactly("summary");
        assertThat(DispatchReaderTests.problems(VALID + "recipients: [Sở Tư pháp, 2025]\n"))
                .extracting(FieldProblem::field).containsExactly("recipients[1]");
        List<FieldProblem> binary = DispatchReaderTests.problems(VALID.replace("body: Nội dung.",
                "body: !!binary SGVsbG8="));
        assertThat(binary).extracting(FieldProblem::toString)
                .containsExactly("body: phải là chữ, không phải dữ liệu nhị phân (!!binary); nếu đúng là chữ, hãy đặt"
                        + " trong dấu nháy kép");
        assertThat(DispatchReaderTests.problems(VALID + "distribution: {drafter: 12}\n"))
                .extracting(FieldProblem::field).containsExactly("distribution.drafter");
        // quoting makes the digits text, and whole numbers stay numbers where numbers are due
        assertThat(DispatchReader.read(VALID + "recipients: [\"2025\"]\n", "x.yaml").recipients()).containsExactly("2025");
        assertThat(DispatchReader.read(VALID, "x.yaml").number()).isEqualTo(12);
    }

    @Test
    void aKeyTypedTwiceIsRefusedAtEveryLevel() {
        assertThat(DispatchReaderTests.problems(VALID.replace("abbreviation: UBND,", "abbreviation: UBND,"
                + " abbreviation: UBT,"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("hai lần").contains("abbreviation"));
    }

    /** A Báo cáo of {@code sections} sections: two paragraphs and a 15-row table each. */
    static String report(int sections) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < sections; s++) {
            b.append("## Kết quả tại địa bàn số ").append(s + 1).append("\n\n");
            b.append(("Ủy ban nhân dân cấp huyện đã chỉ đạo các phòng, ban chuyên môn triển khai đồng bộ các nhiệm vụ"
                    + " bảo vệ, chăm sóc trẻ em; kiện toàn Ban Điều hành bảo vệ trẻ em và lồng ghép các chỉ tiêu về"
                    + " trẻ em vào kế hoạch phát triển kinh tế – xã hội năm %d. ").formatted(2024).repeat(3))
                    .append("\n\n");
            b.append("| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Đánh giá |\n|---|---|---|---|---|---|\n");
            for (int r = 0; r < 15; r++) {
                b.append(String.format(Locale.ROOT, "| %d | Tỷ lệ trẻ em được trợ giúp, chăm sóc nhóm %d | %% | %d | %d |"
                        + " Đạt |%n", r + 1, r + 1, 90 + r % 5, 91 + r % 5));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
