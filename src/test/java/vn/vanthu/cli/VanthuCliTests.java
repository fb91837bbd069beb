package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.DocumentRenderer;

class VanthuCliTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VanthuCli.run(new PrintWriter(out), new PrintWriter(err), false, args);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(VanthuCliTests.class.getResource("/input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void helpExplainsCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("render", "check", "Exit codes", "0   mọi tệp đều tốt",
                "1   văn bản không đạt", "2   dữ liệu vào", "3   lỗi khi tạo PDF");
    }

    @Test
    void renderHelpListsItsOptions() {
        assertThat(run("render", "--help")).isZero();

        assertThat(out.toString()).contains("-o, --output=DIR", "--draft", "--final", "FILE", "Exit codes");
    }

    @Test
    void withoutACommandItAsksForOne() {
        assertThat(run()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("render, check hoặc verify");
    }

    @Test
    void refusesAWrongCommandLineWithCode2() {
        assertThat(run("render", "--nope", "x.yaml")).isEqualTo(2);
        assertThat(run("render", "--draft", "--final", fixture("cong-van.yaml").toString())).isEqualTo(2);
        assertThat(run("render")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidInputListsEveryProblemAndWritesNothing() throws IOException {
        Path input = write("hong.yaml", """
                type: cong-van
                issuer: {name: [UBND], abbreviation: UB ND}
                date: 2022-04-31
                summary: "x\\u202Ey"
                """);
        Path output = dir.resolve("out");

        int code = run("render", input.toString(), "-o", output.toString(), "--final");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().lines()).contains(
                input + ": issuer.abbreviation: tên viết tắt dùng trong ký hiệu không được có dấu cách"
                        + " (Nghị định 30 cấm dấu cách trong ký hiệu): 'UB ND'",
                input + ": issuer.place: phải có địa danh (ví dụ Hà Nội)",
                input + ": number: văn bản chính thức phải có số",
                input + ": date.day: ngày 31 không có trong tháng 4",
                input + ": recipients: công văn phải có nơi nhận ở phần “Kính gửi”",
                input + ": signature.name: văn bản chính thức phải có họ tên người ký",
                input + ": summary: ký tự đảo chiều văn bản U+202E không được phép");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(filesIn(output)).isZero();
    }

    @Test
    void reportsReaderProblemsAndSyntaxErrorsWithTheFileName() throws IOException {
        Path unknownKey = write("a.yaml", "type: cong-van\nissuer: {nmae: UBND}\n");
        Path syntax = write("b.yaml", "type: cong-van\nissuer:\n  name: [UBND\n  place: Hà Nội\n");

        int code = run("render", unknownKey.toString(), syntax.toString(), "-o", dir.resolve("out").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(unknownKey + ": issuer.nmae: trường không được hỗ trợ")
                .containsPattern("b\\.yaml: dòng \\d+, cột \\d+: lỗi cú pháp YAML");
        assertThat(filesIn(dir.resolve("out"))).isZero();
    }

    @Test
    void aMissingInputIsAFileErrorAndTheOthersStillRun() throws IOException {
        Path invalid = write("c.yaml", "type: cong-van\n");

        int code = run("render", dir.resolve("khong-co.yaml").toString(), invalid.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("khong-co.yaml: lỗi đọc/ghi tệp: không tìm thấy tệp")
                .contains(invalid + ": issuer.name:");
        assertThat(out.toString()).contains("Đã tạo 0/2 tệp PDF.");
    }

    @Test
    void showsProgressForABatch() throws IOException {
        Path a = write("a.yaml", "type: cong-van\n");
        Path b = write("b.yaml", "type: cong-van\n");

        run("render", a.toString(), b.toString(), "-o", dir.resolve("out").toString());

        assertThat(err.toString()).containsPattern("\\[#####\\.{5}\\] 1/2 +[0-9.]+ docs/s +ETA \\d+s")
                .containsPattern("\\[#{10}\\] 2/2");
    }

    @Test
    void aParallelBatchReportsEveryFileInTheOrderGiven() throws IOException {
        Path pdfs = dir.resolve("out");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render", "-j", "3", "-o", pdfs.toString()));
        for (int i = 1; i <= 6; i++) {
            Path input = i == 4 ? write("d" + i + ".yaml", "type: cong-van\n")
                    : Files.copy(fixture("cong-van.yaml"), dir.resolve("d" + i + ".yaml"));
            args.add(input.toString());
        }

        int code = run(args.toArray(String[]::new));

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString().lines().toList())
                .containsExactly(dir.resolve("d1.yaml") + " → " + pdfs.resolve("d1.pdf"),
                        dir.resolve("d2.yaml") + " → " + pdfs.resolve("d2.pdf"),
                        dir.resolve("d3.yaml") + " → " + pdfs.resolve("d3.pdf"),
                        dir.resolve("d5.yaml") + " → " + pdfs.resolve("d5.pdf"),
                        dir.resolve("d6.yaml") + " → " + pdfs.resolve("d6.pdf"), "Đã tạo 5/6 tệp PDF.");
        assertThat(err.toString()).contains(dir.resolve("d4.yaml") + ": ").doesNotContain("d1.yaml", "d5.yaml");
        assertThat(pdfs.resolve("d4.pdf")).doesNotExist();
    }

    @Test
    void refusesZeroJobs() throws IOException {
        Path a = write("a.yaml", "type: cong-van\n");

        assertThat(run("render", "-j", "0", a.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--jobs");
    }

    @Test
    void rendersAValidInputToAPdfOnceTheRendererExists() throws IOException {
        Path input = Files.copy(fixture("cong-van.yaml"), dir.resolve("cong-van.yaml"));
        assumeTrue(rendererWorks(input), "DocumentRenderer is still a stub");
        Path output = dir.resolve("pdf");

        int code = run("render", input.toString(), "-o", output.toString());

        assertThat(code).as(err.toString()).isZero();
        Path pdf = output.resolve("cong-van.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(filesIn(output)).as("no temporary file left behind").isEqualTo(1);
        assertThat(out.toString()).contains("cong-van.pdf");

        StringWriter checked = new StringWriter();
        int checkCode = VanthuCli.run(new PrintWriter(checked), new PrintWriter(err), false, "check", pdf.toString());
        assertThat(checkCode).isIn(ExitCodes.OK, ExitCodes.CHECK_FAILED);
        assertThat(checked.toString()).contains(pdf.toString()).contains("Cỡ chữ Quốc hiệu").contains(" đạt,");

        StringWriter english = new StringWriter();
        VanthuCli.run(new PrintWriter(english), new PrintWriter(err), false, "check", "--lang", "en", pdf.toString());
        assertThat(english.toString()).contains("ND30-QH-SIZE").contains(" passed, ").doesNotContain("Cỡ chữ Quốc hiệu");
    }

    private static boolean rendererWorks(Path input) {
        try {
            DocumentRenderer.create().render(DispatchReader.read(input), Mode.FINAL);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void checkReportsMissingAndUnreadableFilesAsFileErrors() throws IOException {
        Path notPdf = write("thu.pdf", "đây không phải PDF");

        int code = run("check", dir.resolve("khong-co.pdf").toString(), notPdf.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("khong-co.pdf: không đọc được tệp: không tìm thấy tệp")
                .contains("thu.pdf: không")
                .doesNotContain("Exception:");
    }

    @Test
    void tellsTheLeadsMainClassWhichArgumentsAreOurs() {
        assertThat(VanthuCli.handles("render")).isTrue();
        assertThat(VanthuCli.handles("check")).isTrue();
        assertThat(VanthuCli.handles("--help")).isTrue();
        assertThat(VanthuCli.handles("--server.port=8080")).isFalse();
        assertThat(VanthuCli.handles(null)).isFalse();
    }

    @Test
    void aBatchExitsWithItsWorstCode() {
        assertThat(ExitCodes.worst(ExitCodes.OK, ExitCodes.CHECK_FAILED)).isEqualTo(1);
        assertThat(ExitCodes.worst(ExitCodes.FAILED, ExitCodes.INVALID_INPUT)).isEqualTo(3);
        assertThat(ExitCodes.worst(ExitCodes.INVALID_INPUT, ExitCodes.OK)).isEqualTo(2);
        assertThat(ExitCodes.HELP).containsOnlyKeys("0", "1", "2", "3");
    }

    @Test
    void renderWithoutATypeNamesTheFieldAndExits2() throws IOException {
        Path input = write("khong-loai.yaml", "summary: thử\nrecipients: [UBND các huyện]\nbody: Nội dung.\n");

        assertThat(run("render", "--draft", input.toString())).isEqualTo(ExitCodes.INVALID_INPUT);

        assertThat(err.toString()).contains("khong-loai.yaml: type: phải có loại văn bản")
                .doesNotContain("NullPointer").doesNotContain("Cannot invoke");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aPdfGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        Path input = Files.copy(fixture("cong-van.yaml"), dir.resolve("cong-van.yaml"));
        Path output = Files.createDirectories(dir.resolve("pdf"));
        Path control = Files.createFile(output.resolve("control"));

        assertThat(run("render", input.toString(), "-o", output.toString())).as(err.toString()).isZero();

        assertThat(Files.getPosixFilePermissions(output.resolve("cong-van.pdf")))
                .isEqualTo(Files.getPosixFilePermissions(control))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    /** In its own JVM, as a clerk runs it: logging as the CLI sets it up, stdout as a script reads it. */
    @Test
    void checkingADamagedPdfPrintsItsReportOrOneLineNeverLibraryLogs() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/conformance/libreoffice-cong-van.pdf"));
        java.util.Random random = new java.util.Random(2);
        for (int i = 0; i < 200; i++) {
            pdf[1000 + random.nextInt(pdf.length - 1200)] = (byte) random.nextInt(256);
        }
        Path damaged = Files.write(dir.resolve("hong.pdf"), pdf);
        Path notPdf = write("rac.pdf", "%PDF-1.7\n1 0 obj <<>>\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");

        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                vn.vanthu.platform.JavaProcess.classPath(), "vn.vanthu.VanthuApplication", "check",
                damaged.toString(), notPdf.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(cli.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(cli.exitValue()).isEqualTo(ExitCodes.FAILED);
        String report = Files.readString(stdout);
        assertThat(report).contains(damaged.toString()).doesNotContain("org.apache").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(report.lines()).allMatch(l -> l.isBlank() || l.matches("^(ĐẠT|KHÔNG ĐẠT|LƯU Ý|BỎ QUA|\\S).*"));
        assertThat(Files.readAllLines(stderr)).containsExactly(
                notPdf + ": không đọc được tệp PDF này (tệp hỏng hoặc không phải PDF)");
    }
}
