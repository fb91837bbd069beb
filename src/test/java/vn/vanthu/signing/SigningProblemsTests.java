package vn.vanthu.signing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A task endpoint that signs through Signing gets the named facts back as problem details naming the field. */
class SigningProblemsTests {

    /** What the lead's signing task does: the real Signing with the demo keys. */
    @RestController
    static class SignEndpoint {

        @PostMapping("/sign")
        byte[] sign(@RequestParam String pin) {
            return SigningFixture.signing().signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh",
                    pin.toCharArray());
        }

        @PostMapping("/issue")
        byte[] issue() {
            byte[] unsigned = SigningFixture.forSignature();
            return SigningFixture.signing().issue(unsigned, "sldtbxh", 1, LocalDate.of(2026, 11, 2),
                    SigningFixture.PIN);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SignEndpoint())
            .setControllerAdvice(new SigningProblems()).build();

    @Test
    void aWrongPinNamesThePinField() throws Exception {
        mvc.perform(post("/sign").param("pin", "0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("WrongPin"))
                .andExpect(jsonPath("$.errors[0].field").value("pin"))
                .andExpect(jsonPath("$.detail").value(
                        "Mã PIN không đúng: văn bản chưa được ký. Hãy nhập lại mã PIN của khóa ký số."));
    }

    @Test
    void issuingWhatNobodySignedIsAConflict() throws Exception {
        mvc.perform(post("/issue"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("SignatureInvalid"))
                .andExpect(jsonPath("$.detail").value(
                        "Không phát hành được: văn bản chưa có chữ ký số của người có thẩm quyền."));
    }
}
