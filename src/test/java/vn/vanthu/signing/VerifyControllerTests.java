package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.vanthu.platform.NamedFact;

/** POST /api/verify: the real controller and verifier; the register hook answers for the issued file's hash. */
class VerifyControllerTests {

    private final byte[] issued = SignedSamples.issued();
    private final String hash = vn.vanthu.platform.Sha256.hex(issued);
    private final RegisterLookup register = (sha256, number) -> sha256.equals(hash) && "21".equals(number)
            ? Optional.of(new RegisterMatch("21/SLĐTBXH-BTXH", LocalDate.of(2026, 11, 27),
                    "đề nghị ban hành Công văn triển khai Báo cáo số 51/BC-ĐGS", hash, true))
            : Optional.empty();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new VerifyController(SignedSamples.verifier(register))).build();

    @Test
    void anIssuedPdfIsVerifiedAndMatchedToItsRecalledRegisterEntry() throws Exception {
        mvc.perform(multipart(VerifyController.PATH).file(new MockMultipartFile("file", "issued.pdf",
                        "application/pdf", issued)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signatures.length()").value(2))
                .andExpect(jsonPath("$.signatures[0].signer").value("Lương Thị Hồng Nhung"))
                .andExpect(jsonPath("$.signatures[0].valid").value(true))
                .andExpect(jsonPath("$.signatures[1].role").value("cơ quan ban hành (ô 8)"))
                .andExpect(jsonPath("$.signatures[1].level").value("PAdES-BASELINE-LT"))
                .andExpect(jsonPath("$.pdfA.compliant").value(true))
                .andExpect(jsonPath("$.register.numberAndSymbol").value("21/SLĐTBXH-BTXH"))
                .andExpect(jsonPath("$.register.recalled").value(true))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.summary").value("Văn bản số 21/SLĐTBXH-BTXH đã bị thu hồi."));
    }

    // what the caller reads for these two (problem details naming the field) is ProblemConventionTests' to check,
    // on the running server with the product's advice; here, without it, the controller's own answer
    @Test
    void somethingElseThanAPdfIsRefusedNamingTheField() {
        assertThatThrownBy(() -> mvc.perform(multipart(VerifyController.PATH).file(new MockMultipartFile("file",
                        "note.txt", "text/plain", "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .rootCause().isInstanceOfSatisfying(VerifyController.NotAPdf.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(NamedFact.FieldError::field).containsExactly("file");
                });
    }

    @Test
    void noFileIsRefused() throws Exception {
        mvc.perform(multipart(VerifyController.PATH)).andExpect(status().isBadRequest());
    }
}
