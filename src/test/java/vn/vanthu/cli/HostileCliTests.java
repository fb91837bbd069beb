package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line given what a careless clerk or a hostile file holds: `render` refuses each input with
 * exit 2 and one line per bad field ("file: field: message"), writing no PDF; `check` refuses a file that is
 * no PDF with exit 3 and one line, no stack trace, nothing from PDFBox on stdout.
 */
class HostileCliTests {

    private static final String GOOD = """
            type: cong-van
            issuer: {name: [SỞ Y TẾ], parent: [UBND TỈNH ĐẮK LẮK], abbreviation: SYT, place: Đắk Lắk}
            unit: NVY
            date: 2026-11-30
            number: 5
            summary: hướng dẫn công tác
            recipients: [UBND các huyện]
            signature: {title: GIÁM ĐỐC, name: Hồ Đăng Khoa}
            distribution: {recipients: [Như trên], archive: "VT, NVY"}
            body: Nội dung.
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("no type", GOOD.replace("type: cong-van\n", ""), "type"),
                Arguments.of("recipients a number", GOOD.replace("recipients: [UBND các huyện]", "recipients: 5"),
                        "recipients"),
                Arguments.of("binary summary", GOOD.replace("summary: hướng dẫn công tác", "summary: !!binary aGVsbG8="),
                        "summary"),
                Arguments.of("summary a list", GOOD.replace("summary: hướng dẫn công tác", "summary: [a, b]"), "summary"),
                Arguments.of("number a word", GOOD.replace("number: 5", "number: năm"), "number"),
                Arguments.of("number negative", GOOD.replace("number: 5", "number: -5"), "number"),
                Arguments.of("day 32", GOOD.replace("date: 2026-11-30", "date: {day: 32, month: 11, year: 2026}"), "date"),
                Arguments.of("month 13", GOOD.replace("date: 2026-11-30", "date: {day: 1, month: 13, year: 2026}"), "date"),
                Arguments.of("unknown key", GOOD + "nmae: x\n", "nmae"),
                Arguments.of("key twice", GOOD + "summary: lần hai\n", "hai lần"),
                Arguments.of("unknown type", GOOD.replace("type: cong-van", "type: thu-tay"), "type"),
                Arguments.of("unknown mode", GOOD + "mode: nhap\n", "mode"),
                Arguments.of("control character", GOOD.replace("Nội dung.", "Nội \u0007dung."), "U+0007"),
                Arguments.of("a list, not a document", "- a\n- b\n", "(tệp)"),
                Arguments.of("an empty file", "", "(tệp)"),
                Arguments.of("broken YAML", "type: [cong-van\nsummary: x\n", "YAML"),
                Arguments.of("summary over its limit", GOOD.replace("summary: hướng dẫn công tác",
                        "summary: " + "a".repeat(1_001)), "summary"),
                Arguments.of("a lowercase ký hiệu", GOOD + "symbol: syt-nvy\n", "symbol"),
                Arguments.of("a Lưu line without VT", GOOD.replace("archive: \"VT, NVY\"", "archive: NVY"), "archive"),
                Arguments.of("a signer's name in capitals", GOOD.replace("name: Hồ Đăng Khoa", "name: HỒ ĐĂNG KHOA"),
                        "signature.name"));
    }

    @org.junit.jupiter.api.Test
    void theUnspoiledInputRenders() throws IOException {
        // Every hostile case is this input with one thing spoiled; were it refused itself, each case would pass
        // for the wrong reason.
        Path input = Files.writeString(dir.resolve("vb.yaml"), GOOD, StandardCharsets.UTF_8);
        StringWriter stderr = new StringWriter();
        int code = VanthuCli.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), false, "render",
                input.toString(), "-o", dir.resolve("out").toString());
        assertThat(code).as(stderr.toString()).isZero();
        assertThat(dir.resolve("out/vb.pdf")).exists();
        // a PDF is for sharing: it gets what any new file of the user gets, not a temporary file's 0600
        Path probe = Files.createFile(dir.resolve("out/probe"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("out/vb.pdf")))
                .isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @ParameterizedTest(name = "render refuses {0}")
    @MethodSource("inputs")
    void renderRefusesNamingTheFieldAndWritesNoPdf(String name, String yaml, String named) throws IOException {
        Path input = Files.writeString(dir.resolve("vb.yaml"), yaml, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = VanthuCli.run(new PrintWriter(stdout), new PrintWriter(stderr), false, "render", input.toString(),
                "-o", out.toString());
        assertThat(code).as(name + ": " + stderr).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stderr.toString()).contains(input + ": ").contains(named)
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(out) ? Files.list(out).count() : 0).as(name + ": no PDF written").isZero();
    }

    static Stream<Arguments> notPdfs() {
        return Stream.of(Arguments.of("text", "không phải PDF".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a PDF header and nothing else", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("a truncated PDF", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(
                        StandardCharsets.US_ASCII)),
                Arguments.of("an empty file", new byte[0]),
                Arguments.of("random bytes", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 42}));
    }

    @ParameterizedTest(name = "check refuses {0}")
    @MethodSource("notPdfs")
    void checkRefusesAFileThatIsNoPdfInOneLine(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("x.pdf"), bytes);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = VanthuCli.run(new PrintWriter(stdout), new PrintWriter(stderr), false, "check", file.toString());
        assertThat(code).as(name).isEqualTo(ExitCodes.FAILED);
        assertThat(stderr.toString().strip().lines()).as(name).hasSize(1);
        assertThat(stderr.toString()).contains(file.toString()).doesNotContain("Exception", "\tat ");
        assertThat(stdout.toString()).as(name + ": nothing on stdout").isEmpty();
    }
}
