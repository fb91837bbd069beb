package vn.vanthu.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vanthu.platform.NamedFact;

/**
 * {@code POST /api/verify}: anyone uploads a PDF (multipart field "file") and gets each signature's
 * verdict, the PDF/A status and the register entry; verification only, so it needs no login.
 */
@RestController
class VerifyController {

    static final String PATH = "/api/verify";

    private final SignatureVerifier verifier;

    VerifyController(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerificationView verify(@RequestParam("file") MultipartFile file) {
        byte[] pdf;
        try {
            pdf = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new NotAPdf();
        }
        return VerificationView.of(file.getOriginalFilename(), verifier.verify(pdf));
    }

    /** The upload is not a PDF. */
    static final class NotAPdf extends NamedFact {

        private static final long serialVersionUID = 1L;

        NotAPdf() {
            super(400, "file", "Tệp tải lên không phải là tệp PDF.");
        }
    }
}
