package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DispatchValidatorTests {

    private static String valid;

    @BeforeAll
    static void loadFixture() throws IOException {
        valid = Files.readString(DispatchReaderTests.resource("cong-van.yaml"));
    }

    /** The fixture with one text replaced, read and validated; fails the test if the replacement missed. */
    private static List<FieldProblem> with(String from, String to, Mode mode) {
        assertThat(valid).as("fixture contains the text to replace").contains(from);
        return DispatchValidator.validate(DispatchReader.read(valid.replace(from, to), "x.yaml"), mode);
    }

    private static List<FieldProblem> withBody(String body) {
        Dispatch d = DispatchReader.read(valid, "x.yaml");
        Dispatch changed = new Dispatch(d.style(), d.type(), d.issuer(), d.number(), d.symbol(), d.unit(), d.date(),
                d.summary(), d.recipients(), d.authorityLine(), d.bases(), d.proposal(), body, d.signature(),
                d.distribution(), d.marks(), d.appendices(), d.mode());
        return DispatchValidator.validate(changed, Mode.FINAL);
    }

    private static List<FieldProblem> with(String from, String to) {
        return with(from, to, Mode.FINAL);
    }

    @Test
    void acceptsCompleteDocuments() {
        assertThat(DispatchValidator.validate(DispatchReader.read(valid, "x.yaml"), Mode.FINAL)).isEmpty();
        assertThat(DispatchValidator.validate(DispatchReader.read(DispatchReaderTests.resource("ke-hoach.json")),
                Mode.DRAFT)).isEmpty();
    }

    @Test
    void usesTheDispatchModeWhenNoneIsGiven() {
        Dispatch draft = DispatchReader.read(DispatchReaderTests.resource("ke-hoach.json"));

        assertThat(DispatchValidator.validate(draft, null)).isEmpty();
        assertThat(DispatchValidator.validate(draft, Mode.FINAL)).extracting(FieldProblem::toString).containsExactly(
                "number: văn bản chính thức phải có số",
                "date.day: văn bản chính thức phải có ngày ban hành",
                "signature.name: văn bản chính thức phải có họ tên người ký");
    }

    @Test
    void requiresTheType() {
        assertThat(with("type: cong-van\n", "")).extracting(FieldProblem::field).containsExactly("type");
    }

    @Test
    void requiresIssuerNameAbbreviationAndPlace() {
        assertThat(with("  name: [SỞ LAO ĐỘNG – THƯƠNG BINH, VÀ XÃ HỘI]\n", ""))
                .extracting(FieldProblem::field).containsExactly("issuer.name");
        assertThat(with("  abbreviation: SLĐTBXH\n", "")).extracting(FieldProblem::field)
                .containsExactly("issuer.abbreviation");
        assertThat(with("  place: Hưng Yên\n", "")).extracting(FieldProblem::field).containsExactly("issuer.place");
    }

    @Test
    void requiresAPositiveNumberInFinalOnly() {
        assertThat(with("number: 125\n", "")).extracting(FieldProblem::toString)
                .containsExactly("number: văn bản chính thức phải có số");
        assertThat(with("number: 125\n", "", Mode.DRAFT)).isEmpty();
        assertThat(with("number: 125", "number: 0", Mode.DRAFT)).extracting(FieldProblem::field)
                .containsExactly("number");
    }

    @Test
    void checksTheYearRange() {
        assertThat(with("date: 2022-03-05", "date: 1900-03-05")).extracting(FieldProblem::field)
                .containsExactly("date.year");
        assertThat(with("date: 2022-03-05", "date: 2101-03-05")).extracting(FieldProblem::field)
                .containsExactly("date.year");
        assertThat(with("date: 2022-03-05", "date: 1945-09-02")).isEmpty();
    }

    @Test
    void checksTheMonthAndTheDayOfThatMonth() {
        assertThat(with("date: 2022-03-05", "date: 2022-13-05")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("date.month: tháng phải từ 1 đến 12"));
        assertThat(with("date: 2022-03-05", "date: 2022-04-31")).extracting(FieldProblem::toString)
                .containsExactly("date.day: ngày 31 không có trong tháng 4");
        assertThat(with("date: 2022-03-05", "date: 2023-02-29")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("date.day: ngày 29 không có trong tháng 2"));
        assertThat(with("date: 2022-03-05", "date: 2024-02-29")).isEmpty();
        assertThat(with("date: 2022-03-05", "date: {day: 0, month: 3, year: 2022}"))
                .extracting(FieldProblem::field).containsExactly("date.day");
    }

    @Test
    void requiresDayAndMonthInFinalOnly() {
        assertThat(with("date: 2022-03-05", "date: 2022")).extracting(FieldProblem::field)
                .containsExactly("date.day", "date.month");
        assertThat(with("date: 2022-03-05", "date: 2022", Mode.DRAFT)).isEmpty();
        assertThat(with("date: 2022-03-05\n", "")).extracting(FieldProblem::field).containsExactly("date");
    }

    @Test
    void requiresTheSummary() {
        assertThat(with("summary: |-\n  hướng dẫn nhiệm vụ trọng tâm\n  thực hiện công tác trẻ em năm 2022\n", ""))
                .extracting(FieldProblem::field).containsExactly("summary");
    }

    @Test
    void requiresKinhGuiRecipientsForACongVan() {
        String recipients = "recipients:\n  - Ủy ban nhân dân các huyện, thị xã, thành phố;\n";
        assertThat(with(recipients, "")).extracting(FieldProblem::field).containsExactly("recipients");
        String report = valid.replace(recipients, "").replace("type: cong-van", "type: bao-cao");
        assertThat(DispatchValidator.validate(DispatchReader.read(report, "x.yaml"), Mode.FINAL)).isEmpty();
    }

    @Test
    void refusesSpacesInsideTheSymbol() {
        assertThat(with("symbol: LĐTBXH-TE&BDG", "symbol: LĐTBXH - TE&BDG")).extracting(FieldProblem::field)
                .containsExactly("symbol");
        assertThat(with("unit: TE&BDG", "unit: TE BDG")).extracting(FieldProblem::field).containsExactly("unit");
        assertThat(with("abbreviation: SLĐTBXH", "abbreviation: S LĐTBXH")).extracting(FieldProblem::field)
                .containsExactly("issuer.abbreviation");
    }

    @Test
    void requiresADerivableSymbolForACongVan() {
        List<FieldProblem> problems = with("symbol: LĐTBXH-TE&BDG\nunit: TE&BDG\n", "");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("unit");
        assertThat(with("symbol: LĐTBXH-TE&BDG\n", "")).isEmpty();
    }

    @Test
    void requiresTheSignerNameInFinalAndCapitalTitles() {
        assertThat(with("  name: Nguyễn Phúc Hiến\n", "")).extracting(FieldProblem::toString)
                .containsExactly("signature.name: văn bản chính thức phải có họ tên người ký");
        assertThat(with("  name: Nguyễn Phúc Hiến\n", "", Mode.DRAFT)).isEmpty();
        assertThat(with("[KT. GIÁM ĐỐC]", "[KT. Giám đốc]")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("signature.authority[0]");
            assertThat(p.message()).contains("GIÁM ĐỐC");
        });
        assertThat(with("title: PHÓ GIÁM ĐỐC", "title: Phó Giám đốc")).extracting(FieldProblem::field)
                .containsExactly("signature.title");
        assertThat(with("[KT. GIÁM ĐỐC]", "[KT.]")).extracting(FieldProblem::field)
                .containsExactly("signature.authority[0]");
    }

    @Test
    void acceptsPartyPrefixes() {
        assertThat(with("style: nd30\n", "style: party\n")).extracting(FieldProblem::field)
                .as("a Decree 30 ký hiệu under a Party header, which the checker fails").containsExactly("symbol");
        String party = valid.replace("style: nd30\n", "style: party\n").replace("symbol: LĐTBXH-TE&BDG\n", "");
        assertThat(DispatchValidator.validate(DispatchReader.read(party, "x.yaml"), Mode.FINAL)).isEmpty();
        assertThat(DispatchReader.read(party, "x.yaml").symbolOrDerived()).isEqualTo("CV/SLĐTBXH");
        assertThat(with("[KT. GIÁM ĐỐC]", "[T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/L BAN THƯỜNG VỤ]")).isEmpty();
    }

    @Test
    void aRecipientListThatYamlSplitAtItsCommasIsWarnedOf() {
        // "[Ủy ban nhân dân các huyện, thị xã, thành phố]" is three items to YAML, printed "- thị xã;" "- thành phố."
        String split = valid.replace("recipients:\n  - Ủy ban nhân dân các huyện, thị xã, thành phố;\n",
                "recipients: [Ủy ban nhân dân các huyện, thị xã, thành phố]\n");
        Dispatch d = DispatchReader.read(split, "x.yaml");
        assertThat(d.recipients()).hasSize(3);
        assertThat(DispatchValidator.warnings(d, Mode.FINAL)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("recipients[1]");
            assertThat(w.message()).contains("thị xã", "dấu nháy kép");
        });
        String nhan = valid.replace("[Như trên;, ", "[Như trên;, Sở Y tế, phòng Nghiệp vụ Y, ");
        assertThat(DispatchValidator.warnings(DispatchReader.read(nhan, "x.yaml"), Mode.FINAL))
                .extracting(FieldProblem::field).containsExactly("distribution.recipients[2]");
        assertThat(DispatchValidator.warnings(DispatchReader.read(valid, "x.yaml"), Mode.FINAL)).isEmpty();
    }

    @Test
    void aNoiNhanUnderKinhGuiThatLeavesTheAddresseesOutIsWarnedOfNotRefused() {
        assertThat(valid).contains("recipients:\n  - Ủy ban nhân dân các huyện, thị xã, thành phố;\n");
        for (String leftOut : List.of("[", "[UBND các huyện;, ")) {
            String yaml = valid.replace("[Như trên;, ", leftOut);
            Dispatch d = DispatchReader.read(yaml, "x.yaml");
            assertThat(DispatchValidator.validate(d, Mode.FINAL)).as(leftOut).isEmpty();
            assertThat(DispatchValidator.warnings(d, Mode.FINAL)).as(leftOut).extracting(FieldProblem::field)
                    .containsExactly("distribution.recipients");
        }
        for (String kept : List.of("[Như trên;, ", "[Như trên (để thực hiện);, ",
                "[\"Ủy ban nhân dân các huyện, thị xã, thành phố;\", ")) {
            Dispatch d = DispatchReader.read(valid.replace("[Như trên;, ", kept), "x.yaml");
            assertThat(DispatchValidator.warnings(d, Mode.FINAL)).as(kept).isEmpty();
        }
    }

    @Test
    void requiresADerivableArchiveLine() {
        assertThat(with("  archive: VT, TE&BDG.\n", "")).as("derived from the unit").isEmpty();
        assertThat(with("unit: TE&BDG\n", "")).as("typed in full").isEmpty();
        String both = valid.replace("unit: TE&BDG\n", "").replace("  archive: VT, TE&BDG.\n", "");
        assertThat(DispatchValidator.validate(DispatchReader.read(both, "x.yaml"), Mode.FINAL))
                .extracting(FieldProblem::field).containsExactly("distribution.archive");
    }

    @Test
    void refusesControlCharactersNamingTheField() {
        // YAML cannot carry raw control characters, so they arrive escaped (or through the JSON API)
        assertThat(withBody("các kế hoạch\u0007./.")).extracting(FieldProblem::toString)
                .containsExactly("body: ký tự điều khiển U+0007 không được phép");
        assertThat(withBody("các\tkế hoạch./.")).extracting(FieldProblem::toString)
                .containsExactly("body: ký tự điều khiển U+0009 không được phép");
        assertThat(with("Cục Trẻ em (để báo cáo);", "\"Cục Trẻ\\u001Bem (để báo cáo);\"")).extracting(FieldProblem::field)
                .containsExactly("distribution.recipients[1]");
        assertThat(with("place: Hưng Yên", "place: \"Hưng\\nYên\"")).extracting(FieldProblem::field)
                .containsExactly("issuer.place");
    }

    @Test
    void refusesBidiControlsNamingTheField() {
        for (int c : new int[] {0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F}) {
            String ch = new String(Character.toChars(c));
            assertThat(with("hướng dẫn nhiệm vụ", "hướng dẫn " + ch + "nhiệm vụ")).extracting(FieldProblem::toString)
                    .containsExactly("summary: ký tự đảo chiều văn bản " + String.format("U+%04X", c)
                            + " không được phép");
        }
        assertThat(with("VÀ XÃ HỘI", "VÀ XÃ \u202EHỘI")).extracting(FieldProblem::field)
                .containsExactly("issuer.name[1]");
    }

    @Test
    void refusesCharactersTheFontCannotDraw() {
        assertThat(with("hướng dẫn nhiệm vụ", "hướng dẫn 😀 nhiệm vụ")).extracting(FieldProblem::toString)
                .containsExactly("summary: ký tự '😀' (U+1F600) không có trong phông chữ");
        assertThat(with("| 1 | Xã A |", "| 1 | Xã 中 |")).extracting(FieldProblem::field)
                .containsExactly("appendices[0].body");
        assertThat(with("Nguyễn Phúc Hiến", "Nguyễn Phúc Hiến « – » “ ” … ½ № §")).isEmpty();
    }

    @Test
    void acceptsHostileTextAsLiteralCharacters() {
        assertThat(with("các kế hoạch./.", "<fo:block>]]>${x}#{y}<#if z>&amp;./.")).isEmpty();
    }

    @Test
    void reportsMarkupProblemsOfBodyAndAppendices() {
        assertThat(with("  1. Xây dựng", "  #### Quá sâu\n\n  1. Xây dựng")).extracting(FieldProblem::field)
                .containsExactly("body");
        assertThat(with("      | STT | Xã |", "      #### Quá sâu\n\n      | STT | Xã |"))
                .extracting(FieldProblem::field).containsExactly("appendices[0].body");
    }

    @Test
    void reportsManyBadFieldsAtOnce() {
        String bad = valid.replace("type: cong-van\n", "").replace("  place: Hưng Yên\n", "")
                .replace("number: 125\n", "").replace("date: 2022-03-05", "date: 2022-04-31")
                .replace("symbol: LĐTBXH-TE&BDG", "symbol: A B").replace("  name: Nguyễn Phúc Hiến\n", "")
                .replace("Cục Trẻ em", "Cục\u202ETrẻ em"); // bidi controls are printable to YAML

        List<FieldProblem> problems = DispatchValidator.validate(DispatchReader.read(bad, "x.yaml"), Mode.FINAL);

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("type", "issuer.place",
                "number", "symbol", "date.day", "signature.name", "distribution.recipients[1]");
    }

    @Test
    void staysFastEnoughToRunBeforeEveryRender() {
        String body = "Đoạn văn có dấu tiếng Việt, “ngoặc kép” – gạch nối.\n\n".repeat(500);
        Dispatch big = DispatchReader.read(valid.replace("các kế hoạch./.", "các kế hoạch./.\n\n  "
                + body.replace("\n\n", "\n\n  ")), "x.yaml");
        DispatchValidator.validate(big, Mode.FINAL); // loads the font once

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(DispatchValidator.validate(big, Mode.FINAL)).isEmpty();
        }
        long perRunMillis = (System.nanoTime() - start) / 20 / 1_000_000;
        assertThat(perRunMillis).as("milliseconds per validation of a ~27 kB body").isLessThan(500);
    }
}
