package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.signing.SignedSamples;

class VerifyCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VanthuCli.run(new PrintWriter(out), new PrintWriter(err), false, args);
    }

    @Test
    void anIssuedDocumentVerifiesInVietnamese() throws Exception {
        Path pdf = Files.write(dir.resolve("issued.pdf"), SignedSamples.issued());
        Path ca = SignedSamples.trustAnchor(dir);

        assertThat(run("verify", "--trust", ca.toString(), pdf.toString())).isZero();

        assertThat(out.toString()).contains("HỢP LỆ — Tất cả 2 chữ ký số đều hợp lệ.",
                "Chữ ký 1 — người có thẩm quyền ký (ô 7c): hợp lệ", "Người ký:        Lương Thị Hồng Nhung",
                "Chữ ký 2 — cơ quan ban hành (ô 8): hợp lệ", "Mức chữ ký:      PAdES-BASELINE-LT",
                "có thay đổi được phép (điền số, ngày", "PDF/A-2b: đạt");
    }

    @Test
    void jsonForScriptsAndExitOneForAForgery() throws Exception {
        byte[] forged = SignedSamples.issued();
        // a byte inside the first content stream, which every signature covers
        forged[new String(forged, StandardCharsets.ISO_8859_1).indexOf("stream") + 40] ^= 0x01;
        Path pdf = Files.write(dir.resolve("forged.pdf"), forged);
        Path ca = SignedSamples.trustAnchor(dir);

        assertThat(run("verify", "--json", "--trust", ca.toString(), pdf.toString())).isEqualTo(ExitCodes.CHECK_FAILED);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("sha256").asText()).hasSize(64);
        assertThat(json.get("signatures")).isNotEmpty();
        assertThat(json.get("signatures").get(0).get("valid").asBoolean()).isFalse();
    }

    @Test
    void withoutATrustAnchorItSaysWhatToDo() throws Exception {
        Path pdf = Files.write(dir.resolve("issued.pdf"), SignedSamples.issued());
        Path missing = dir.resolve("no-such-root.pem");

        assertThat(run("verify", "--trust", missing.toString(), pdf.toString())).isEqualTo(ExitCodes.INVALID_INPUT);

        assertThat(err.toString()).contains("Không đọc được chứng thư gốc");
    }
}
