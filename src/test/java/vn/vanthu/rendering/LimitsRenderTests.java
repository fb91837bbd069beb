package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InputLimits;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.document.Signature;

/**
 * Every field filled to its limit, with words and with one word that has no space: the document either passes
 * the Decree 30 checks or is refused naming the field, never set past the margin. Before, a signer's title of
 * 2,000 characters ran 204 mm off page 2, 200 authority lines 82 m, and a 1,000-character word of the trích yếu
 * stood 997 mm left of the page.
 */
class LimitsRenderTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final InputLimits LIMITS = InputLimits.DEFAULT;
    private static final String CONG_VAN = "cong-van-thanh-pho-ho-chi-minh.yaml";
    private static final String PARTY = "001-chi-thi-huyen-uy-dai-loc.yaml";
    private static final String QUYET_DINH = "quyet-dinh-ban-hanh-quy-che.yaml";
    private static final String BIEN_BAN = "bien-ban-hop-ban-dieu-hanh.yaml";

    static Stream<Arguments> fields() {
        Stream.Builder<Arguments> cases = Stream.builder();
        int line = LIMITS.headerLineChars();
        for (boolean spaced : new boolean[] {true, false}) {
            IntFunction<String> t = spaced ? LimitsRenderTests::words : n -> "x".repeat(n);
            String kind = spaced ? "words" : "one word";
            cases.add(of(kind, "summary", "summary: tăng cường tiêm chủng mở rộng cho trẻ em dưới 1 tuổi năm 2026",
                    "summary: " + t.apply(LIMITS.summaryChars()), spaced ? null : "summary"));
            cases.add(of(kind, "Kính gửi", "  - Trung tâm Kiểm soát bệnh tật Thành phố\n",
                    "  - \"" + t.apply(LIMITS.lineChars()) + "\"\n", spaced ? null : "recipients[0]"));
            cases.add(of(kind, "signature", "    - KT. GIÁM ĐỐC\n  title: PHÓ GIÁM ĐỐC\n  name: Nguyễn Văn Vĩnh Châu",
                    items("    - KT. ", t.apply(line - 4).toUpperCase(), LIMITS.signerLines()) + "  title: \""
                            + t.apply(line).toUpperCase() + "\"\n  name: \"" + t.apply(line) + "\"",
                    spaced ? null : "signature.authority[0]"));
            cases.add(of(kind, "Lưu", "archive: VT, NVY", "archive: \"VT, " + t.apply(line - 4) + "\"",
                    spaced ? null : "distribution.archive"));
            cases.add(of(kind, "ô 12", "drafter: TTH", "drafter: " + t.apply(LIMITS.drafterChars()), null));
            cases.add(of(kind, "ô 13", "    - \"Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1, Thành phố Hồ"
                    + " Chí Minh\"\n", items("    - ", t.apply(LIMITS.contactChars()), LIMITS.contactLines() - 1), null));
            cases.add(of(kind, "Nơi nhận", "    - Bộ Y tế (để báo cáo)\n",
                    items("    - ", t.apply(LIMITS.lineChars()), 20), null));
            // the Party's sizes and columns (HD 36): a narrower signer column, larger type
            cases.add(Arguments.of(PARTY, kind, "Party signature", "    - T/M BAN THƯỜNG VỤ\n  title: BÍ THƯ\n"
                    + "  name: Nguyễn Hảo", items("    - T/M ", t.apply(line - 4).toUpperCase(), LIMITS.signerLines())
                    + "  title: \"" + t.apply(line).toUpperCase() + "\"\n  name: \"" + t.apply(line) + "\"",
                    spaced ? null : "signature.authority[0]"));
            cases.add(Arguments.of(PARTY, kind, "Party trích yếu", "summary: tăng cường sự lãnh đạo",
                    "summary: " + t.apply(LIMITS.summaryChars() - 200) + " tăng cường sự lãnh đạo",
                    spaced ? null : "summary"));
            // a Thông báo with a footnote at the foot of page 1, its Nơi nhận running on to page 2 past it
            cases.add(Arguments.of("thong-bao-ket-luan.yaml", kind, "Nơi nhận past a footnote", "\n  recipients:\n",
                    "\n  recipients:\n" + items("    - ", t.apply(40), 150), null));
            // a Giấy nghỉ phép's confirmation, set in the left column under a Nơi nhận that ran on
            cases.add(Arguments.of("giay-nghi-phep.yaml", kind, "Nơi nhận above a confirmation", "\n  recipients:\n",
                    "\n  recipients:\n" + items("    - ", t.apply(40), 150), null));
            // a Quyết định's authority line and căn cứ
            cases.add(Arguments.of(QUYET_DINH, kind, "căn cứ", "  - Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016\n",
                    items("  - ", t.apply(LIMITS.lineChars()), 10), spaced ? null : "bases[2]"));
            cases.add(Arguments.of(QUYET_DINH, kind, "authority line",
                    "authorityLine: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
                    "authorityLine: \"" + t.apply(LIMITS.lineChars()).toUpperCase() + "\"",
                    spaced ? null : "authorityLine"));
            // a Biên bản's thư ký signs in the left column, beside the chủ tọa
            cases.add(Arguments.of(BIEN_BAN, kind, "two signers", "    - THƯ KÝ\n", items("    - ",
                    t.apply(LIMITS.cosignerChars()).toUpperCase(), LIMITS.cosignerLines()),
                    spaced ? null : "cosigner.authority[0]"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, {2}, {1}")
    @MethodSource("fields")
    void aFieldAtItsLimitRendersWithinTheDecreesMarginsOrIsRefusedByName(String example, String kind, String what,
            String from, String to, String refused) {
        String text = Inputs.exampleText(example);
        assertThat(text).contains(from);
        Dispatch d = Inputs.yaml(text.replace(from, to));
        if (refused != null) {
            assertThatThrownBy(() -> RENDERER.render(d, d.mode())).isInstanceOfSatisfying(InvalidDispatch.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field).startsWith(refused)
                            .allSatisfy(field -> assertThat(field).doesNotContain("place")));
            return;
        }
        byte[] pdf = RENDERER.render(d, d.mode());
        Report report = new ConformanceChecker().check(pdf, what);
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    /**
     * Every form (Sao y, Trích sao, a Giấy nghỉ phép's confirmation under the signature…) with its signature block
     * and its trích yếu at their limits: with 6 authority lines of 100 characters, the block ran 13–51 mm off the
     * page of four of them, so a signature holds 3 such lines at most.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyFormKeepsItsSignatureBlockAndTrichYeuAtTheirLimitsOnThePage(String example) {
        Dispatch base = Inputs.example(example);
        List<Dispatch> variants = new ArrayList<>();
        if (base.summary() != null) {
            variants.add(base.withSummary(words(LIMITS.summaryChars())));
        }
        if (base.signature() != null) {
            Signature s = base.signature();
            List<Authority> authority = new ArrayList<>();
            for (int i = 0; i < LIMITS.signerLines(); i++) {
                authority.add(new Authority(Authority.Prefix.KT, words(LIMITS.headerLineChars() - 4).toUpperCase()));
            }
            variants.add(base.withSignature(new Signature(authority, words(LIMITS.headerLineChars()).toUpperCase(),
                    words(LIMITS.headerLineChars()), s.signatureImage(), s.sealImage())));
        }
        for (Dispatch d : variants) {
            byte[] pdf = RENDERER.render(d, d.mode());
            ConformanceChecker checker = new ConformanceChecker();
            Report report = d.mode() == Mode.DRAFT || d.mode() == Mode.FINAL ? checker.check(pdf, example)
                    : checker.checkAwaitingNumber(pdf, example);
            assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
        }
    }

    private static Arguments of(String kind, String what, String from, String to, String refused) {
        return Arguments.of(CONG_VAN, kind, what, from, to, refused);
    }

    private static String words(int n) {
        return "công tác bảo vệ trẻ em ".repeat(n / 23 + 1).substring(0, n - 1).strip() + "a";
    }

    private static String items(String indent, String item, int count) {
        return (indent + "\"" + item + "\"\n").repeat(count);
    }
}
