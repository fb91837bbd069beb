package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispatchReaderTests {

    private static final String MINIMAL = """
            type: ke-hoach
            issuer: {name: [ỦY BAN NHÂN DÂN], abbreviation: UBND, place: Lai Châu}
            date: 2020-02-10
            summary: Thực hiện Chỉ thị
            """;

    static Path resource(String name) {
        try {
            return Path.of(DispatchReaderTests.class.getResource("/input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FieldProblem> problems(String yaml) {
        InvalidDispatch invalid = catchThrowableOfType(() -> DispatchReader.read(yaml, "test.yaml"),
                InvalidDispatch.class);
        assertThat(invalid).as("the input should have been refused").isNotNull();
        return invalid.problems();
    }

    @Test
    void readsEveryFieldOfAYamlFile() {
        Dispatch d = DispatchReader.read(resource("cong-van.yaml"));

        assertThat(d.style()).isEqualTo(Style.ND30);
        assertThat(d.type()).isEqualTo(DocumentType.CONG_VAN);
        assertThat(d.mode()).isEqualTo(Mode.FINAL);
        assertThat(d.issuer().parent()).containsExactly("UBND TỈNH HƯNG YÊN");
        assertThat(d.issuer().name()).containsExactly("SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI");
        assertThat(d.issuer().abbreviation()).isEqualTo("SLĐTBXH");
        assertThat(d.issuer().contact()).containsExactly("Địa chỉ: Số 8 đường Chùa Chuông, TP. Hưng Yên");
        assertThat(d.number()).isEqualTo(125);
        assertThat(d.symbol()).isEqualTo("LĐTBXH-TE&BDG");
        assertThat(d.unit()).isEqualTo("TE&BDG");
        assertThat(d.date()).isEqualTo(new IssueDate(5, 3, 2022));
        assertThat(d.summary()).isEqualTo("hướng dẫn nhiệm vụ trọng tâm\nthực hiện công tác trẻ em năm 2022");
        assertThat(d.body()).startsWith("Thực hiện Kế hoạch số 42/KH-UBND").endsWith("các kế hoạch./.");
        assertThat(d.signature().authority()).containsExactly(new Authority(Authority.Prefix.KT, "GIÁM ĐỐC"));
        assertThat(d.signature().title()).isEqualTo("PHÓ GIÁM ĐỐC");
        assertThat(d.signature().name()).isEqualTo("Nguyễn Phúc Hiến");
        assertThat(d.distribution().drafterInitials()).isEqualTo("NPH");
        assertThat(d.distribution().copies()).isEqualTo(30);
        assertThat(d.marks()).isEqualTo(new Marks(Marks.Urgency.KHAN, null, "LƯU HÀNH NỘI BỘ"));
        assertThat(d.appendices()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("DANH SÁCH CÁC XÃ");
            assertThat(a.landscape()).isTrue();
            assertThat(a.label()).isNull();
            assertThat(a.body()).startsWith("| STT | Xã |");
        });
    }

    @Test
    void stripsThePunctuationVanthuAddsItself() {
        Dispatch d = DispatchReader.read(resource("cong-van.yaml"));

        assertThat(d.recipients()).containsExactly("Ủy ban nhân dân các huyện, thị xã, thành phố");
        assertThat(d.distribution().recipients())
                .containsExactly("Như trên", "Cục Trẻ em (để báo cáo)", "UBND tỉnh (để báo cáo)");
        assertThat(d.distribution().archive()).isEqualTo("VT, TE&BDG");
        Dispatch typedInFull = DispatchReader.read(MINIMAL + """
                bases: ["Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;", "- Căn cứ Nghị định 56/2017/NĐ-CP,"]
                distribution: {archive: "Lưu: VT, VX."}
                """, "x.yaml");
        assertThat(typedInFull.bases())
                .containsExactly("Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016", "Căn cứ Nghị định 56/2017/NĐ-CP");
        assertThat(typedInFull.distribution().archive()).isEqualTo("VT, VX");
    }

    @Test
    void aCongVansTypedVvGoesBecauseVanthuPrintsItAndATypedDocumentKeepsItsVeViec() {
        for (String typed : List.of("V/v triển khai công tác", "v/v: triển khai công tác",
                "Về việc triển khai công tác", "về  việc: triển khai công tác", "V/V. triển khai công tác")) {
            Dispatch d = DispatchReader.read(MINIMAL.replace("type: ke-hoach", "type: cong-van")
                    .replace("summary: Thực hiện Chỉ thị", "summary: \"" + typed + "\""), "x.yaml");
            assertThat(d.summary()).as(typed).isEqualTo("triển khai công tác");
        }
        Dispatch nothingAfter = DispatchReader.read(MINIMAL.replace("type: ke-hoach", "type: cong-van")
                .replace("summary: Thực hiện Chỉ thị", "summary: V/v"), "x.yaml");
        assertThat(nothingAfter.summary()).isEqualTo("V/v");
        Dispatch decision = DispatchReader.read(MINIMAL.replace("type: ke-hoach", "type: quyet-dinh")
                .replace("summary: Thực hiện Chỉ thị", "summary: Về việc ban hành Quy chế"), "x.yaml");
        assertThat(decision.summary()).isEqualTo("Về việc ban hành Quy chế");
        Dispatch vvInside = DispatchReader.read(MINIMAL.replace("type: ke-hoach", "type: cong-van")
                .replace("summary: Thực hiện Chỉ thị", "summary: trả lời V/v số 12"), "x.yaml");
        assertThat(vvInside.summary()).isEqualTo("trả lời V/v số 12");
    }

    @Test
    void readsJsonWithAbbreviatedTypeAndPartialDate() {
        Dispatch d = DispatchReader.read(resource("ke-hoach.json"));

        assertThat(d.type()).isEqualTo(DocumentType.KE_HOACH);
        assertThat(d.mode()).isEqualTo(Mode.DRAFT);
        assertThat(d.number()).isNull();
        assertThat(d.date()).isEqualTo(new IssueDate(null, 2, 2020));
        assertThat(d.signature().authority()).containsExactly(
                new Authority(Authority.Prefix.TM, "ỦY BAN NHÂN DÂN"), new Authority(Authority.Prefix.KT, "CHỦ TỊCH"));
        assertThat(d.signature().name()).isNull();
    }

    @Test
    void findsTheTypeByCodeAbbreviationOrName() {
        for (String written : List.of("ke-hoach", "KE_HOACH", "KH", "Kế hoạch", "kế hoạch", "Ke hoach")) {
            assertThat(DispatchReader.read(MINIMAL.replace("ke-hoach", written), "x.yaml").type())
                    .as(written).isEqualTo(DocumentType.KE_HOACH);
        }
        assertThat(problems(MINIMAL.replace("ke-hoach", "thư tình")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("type");
                    assertThat(p.message()).contains("thư tình");
                });
    }

    @Test
    void readsTheDateInEveryShapeAClerkWrites() {
        assertThat(dateOf("2022-03-05")).isEqualTo(new IssueDate(5, 3, 2022));
        assertThat(dateOf("{day: 5, month: 3, year: 2022}")).isEqualTo(new IssueDate(5, 3, 2022));
        assertThat(dateOf("05/3/2022")).isEqualTo(new IssueDate(5, 3, 2022));
        assertThat(dateOf("2022-03")).isEqualTo(new IssueDate(null, 3, 2022));
        assertThat(dateOf("2022")).isEqualTo(new IssueDate(null, null, 2022));
        assertThat(dateOf("{day: \"08\", month: 09, year: 2022}")).isEqualTo(new IssueDate(8, 9, 2022));
        // out-of-range numbers still read: the validator names them
        assertThat(dateOf("2022-04-31")).isEqualTo(new IssueDate(31, 4, 2022));
        assertThat(problems(MINIMAL.replace("2020-02-10", "mùng 5 tháng 3"))).extracting(FieldProblem::field)
                .containsExactly("date");
        assertThat(problems(MINIMAL.replace("2020-02-10", "{day: 5, month: 3}"))).extracting(FieldProblem::field)
                .containsExactly("date.year");
    }

    private static IssueDate dateOf(String yaml) {
        return DispatchReader.read(MINIMAL.replace("2020-02-10", yaml), "x.yaml").date();
    }

    @Test
    void parsesAuthorityPrefixesInStateAndPartyForms() {
        assertThat(authority("KT. GIÁM ĐỐC")).isEqualTo(new Authority(Authority.Prefix.KT, "GIÁM ĐỐC"));
        assertThat(authority("KT.CHỦ TỊCH")).isEqualTo(new Authority(Authority.Prefix.KT, "CHỦ TỊCH"));
        assertThat(authority("TM. ỦY BAN NHÂN DÂN")).isEqualTo(new Authority(Authority.Prefix.TM, "ỦY BAN NHÂN DÂN"));
        assertThat(authority("TL. BỘ TRƯỞNG")).isEqualTo(new Authority(Authority.Prefix.TL, "BỘ TRƯỞNG"));
        assertThat(authority("TUQ. GIÁM ĐỐC")).isEqualTo(new Authority(Authority.Prefix.TUQ, "GIÁM ĐỐC"));
        assertThat(authority("Q. CHÁNH VĂN PHÒNG")).isEqualTo(new Authority(Authority.Prefix.Q, "CHÁNH VĂN PHÒNG"));
        assertThat(authority("T/M BAN THƯỜNG VỤ")).isEqualTo(new Authority(Authority.Prefix.TM, "BAN THƯỜNG VỤ"));
        assertThat(authority("K/T BÍ THƯ")).isEqualTo(new Authority(Authority.Prefix.KT, "BÍ THƯ"));
        assertThat(authority("T/L BAN THƯỜNG VỤ")).isEqualTo(new Authority(Authority.Prefix.TL, "BAN THƯỜNG VỤ"));
        assertThat(authority("CHỦ TỊCH")).isEqualTo(new Authority(Authority.Prefix.NONE, "CHỦ TỊCH"));
        assertThat(authority("QUYỀN TRƯỞNG BAN")).isEqualTo(new Authority(Authority.Prefix.NONE, "QUYỀN TRƯỞNG BAN"));
    }

    private static Authority authority(String line) {
        return DispatchReader.read(MINIMAL + "signature: {authority: [\"" + line + "\"]}\n", "x.yaml")
                .signature().authority().get(0);
    }

    @Test
    void readsStyleAndMarkCodes() {
        Dispatch d = DispatchReader.read(MINIMAL + """
                style: party
                marks: {urgency: HỎA TỐC, secrecy: toi-mat}
                """, "x.yaml");
        assertThat(d.style()).isEqualTo(Style.PARTY);
        assertThat(d.marks().urgency()).isEqualTo(Marks.Urgency.HOA_TOC);
        assertThat(d.marks().secrecy()).isEqualTo(Marks.Secrecy.TOI_MAT);
        assertThat(DispatchReader.read(MINIMAL + "marks: {urgency: thuong-khan}\n", "x.yaml").marks().urgency())
                .isEqualTo(Marks.Urgency.THUONG_KHAN);
        assertThat(problems(MINIMAL + "style: nd31\nmarks: {urgency: gấp}\n")).extracting(FieldProblem::field)
                .containsExactly("style", "marks.urgency");
    }

    @Test
    void namesAnUnknownKeyAndSuggestsTheRightOne() {
        List<FieldProblem> problems = problems(MINIMAL.replace("issuer: {name:", "issuer: {nmae:"));

        assertThat(problems).extracting(FieldProblem::toString)
                .containsExactly("issuer.nmae: trường không được hỗ trợ (có phải là 'name'?)");
        assertThat(problems(MINIMAL + "authority_line: X\nfoo: 1\n")).extracting(FieldProblem::toString)
                .containsExactly("authority_line: trường không được hỗ trợ (có phải là 'authorityLine'?)",
                        "foo: trường không được hỗ trợ");
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongKind() {
        assertThat(problems(MINIMAL + "number: mười hai\n")).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("number: phải là số (đang là 'mười hai')"));
        assertThat(problems(MINIMAL.replace("2020-02-10", "{day: 5, month: ba, year: 2022}")))
                .extracting(FieldProblem::field).containsExactly("date.month");
        assertThat(problems(MINIMAL + "number: 12.5\n")).extracting(FieldProblem::field).containsExactly("number");
        assertThat(problems(MINIMAL + "proposal: {a: b}\n")).extracting(FieldProblem::field).containsExactly("proposal");
        assertThat(problems(MINIMAL + "signature: KT. GIÁM ĐỐC\n")).extracting(FieldProblem::field)
                .containsExactly("signature");
        assertThat(problems(MINIMAL + "appendices: [{title: A, landscape: có lẽ}]\n"))
                .extracting(FieldProblem::field).containsExactly("appendices[0].landscape");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        List<FieldProblem> problems = problems("""
                type: tờ khai
                issuer: {name: [UBND], abreviation: UBND}
                number: abc
                date: {day: x, month: 3, year: 2022}
                mode: nháp
                distribution: {copies: nhiều}
                appendices: [3]
                """);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("type", "issuer.abreviation", "number",
                "date.day", "distribution.copies", "appendices[0]", "mode");
    }

    @Test
    void normalisesDecomposedInputToNfc() {
        String nfd = Normalizer.normalize(MINIMAL + "body: Hướng dẫn thực hiện\nsignature: {name: Nguyễn Phúc Hiến}\n",
                Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));

        Dispatch d = DispatchReader.read(nfd, "x.yaml");

        assertThat(d.type()).isEqualTo(DocumentType.KE_HOACH);
        assertThat(d.issuer().place()).isEqualTo("Lai Châu").hasSize(8);
        assertThat(d.summary()).isEqualTo("Thực hiện Chỉ thị");
        assertThat(d.body()).isEqualTo("Hướng dẫn thực hiện");
        assertThat(d.signature().name()).isEqualTo("Nguyễn Phúc Hiến");
        assertThat(d.issuer().name()).containsExactly("ỦY BAN NHÂN DÂN");
    }

    @Test
    void keepsHostileTextLiterally() {
        Dispatch d = DispatchReader.read(MINIMAL.replace("summary: Thực hiện Chỉ thị", """
                summary: "<fo:block>${x}</fo:block>"
                body: "]]> <![CDATA[ ${user.home} #{1+1} <#if x>"
                """), "x.yaml");

        assertThat(d.summary()).isEqualTo("<fo:block>${x}</fo:block>");
        assertThat(d.body()).isEqualTo("]]> <![CDATA[ ${user.home} #{1+1} <#if x>");
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
        List<FieldProblem> problems = problems("type: cong-van\nissuer:\n  name: [UBND\n  place: Hà Nội\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).matches("dòng [34], cột \\d+");
            assertThat(p.message()).startsWith("lỗi cú pháp YAML").doesNotContain("^").doesNotContain("Exception");
        });
        assertThat(problems("type: cong-van\ntype: ke-hoach\n")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("dòng 2").contains("hai lần").contains("type"));
    }

    @Test
    void reportsAJsonSyntaxErrorWithItsLine() {
        InvalidDispatch invalid = catchThrowableOfType(
                () -> DispatchReader.read("{\n  \"type\": \"cong-van\",\n  \"summary\" \"x\"\n}", "a.json"),
                InvalidDispatch.class);

        assertThat(invalid.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).startsWith("dòng 3");
            assertThat(p.message()).startsWith("lỗi cú pháp JSON");
        });
    }

    @Test
    void pointsAtARawControlCharacterBeforeTheParserChokesOnIt() {
        assertThat(problems(MINIMAL + "body: |\n  Dòng một\n  Dòng \u0007hai\n")).extracting(FieldProblem::toString)
                .containsExactly("dòng 7, cột 8: ký tự điều khiển U+0007 không được phép");
        assertThat(DispatchReader.read(MINIMAL.replace("\n", "\r\n") + "body: \"a\\tb\"\n", "x.yaml").body())
                .as("CR LF line ends and escaped tabs are not raw control characters here").isEqualTo("a\tb");
    }

    @Test
    void refusesEmptyFilesAndListsAtTheTop() {
        assertThat(problems("")).extracting(FieldProblem::message).containsExactly("tệp rỗng, chưa có nội dung văn bản");
        assertThat(problems("# only a comment\n")).hasSize(1);
        assertThat(problems("- type: cong-van\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nhóm trường"));
    }

    @Test
    void detectsJsonByContentWhenTheNameSaysNothing() {
        Dispatch d = DispatchReader.read("{\"type\": \"bao-cao\", \"number\": \"08\"}", "request body");

        assertThat(d.type()).isEqualTo(DocumentType.BAO_CAO);
        assertThat(d.number()).isEqualTo(8);
    }

    @Test
    void buildsFromAParsedMapLikeTheWebApiSends() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("type", "Quyết định");
        tree.put("number", 5L);
        tree.put("date", Map.of("day", 1, "month", 2, "year", 2024));
        tree.put("recipients", "Bộ Nội vụ.");
        tree.put("appendices", List.of(Map.of("title", "A", "landscape", true)));

        Dispatch d = DispatchReader.fromMap(tree);

        assertThat(d.type()).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(d.number()).isEqualTo(5);
        assertThat(d.date()).isEqualTo(new IssueDate(1, 2, 2024));
        assertThat(d.recipients()).containsExactly("Bộ Nội vụ");
        assertThat(d.appendices().get(0).landscape()).isTrue();
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cp1258.yaml");
        Files.write(file, new byte[] {'t', 'y', 'p', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28});

        InvalidDispatch invalid = catchThrowableOfType(() -> DispatchReader.read(file), InvalidDispatch.class);

        assertThat(invalid.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }
}
