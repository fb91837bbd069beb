package vn.vanthu.workflow.issuing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.exchange.SignatureVerifier;
import vn.vanthu.signing.SignatureCheck;

/** What a received document's signatures are worth, for the incoming register: the signing feature's verdict. */
@Component
class ReceivedSignatures implements SignatureVerifier {

    private final vn.vanthu.signing.SignatureVerifier verifier;

    ReceivedSignatures(vn.vanthu.signing.SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public SignatureVerifier.Verification verify(byte[] pdf) {
        // the signatures only: the recipient's check needs neither veraPDF nor the sender's register
        List<SignatureCheck> signatures = verifier.signatures(pdf);
        List<String> problems = new ArrayList<>();
        for (SignatureCheck check : signatures) {
            if (!check.valid()) {
                problems.add("chữ ký của " + check.signer() + " không hợp lệ (" + check.indication()
                        + (check.disallowedChange() ? ", văn bản bị sửa sau khi ký" : "")
                        + (check.errors().isEmpty() ? "" : ": " + String.join("; ", check.errors())) + ")");
            }
        }
        return new SignatureVerifier.Verification(signatures.size(), problems);
    }
}
