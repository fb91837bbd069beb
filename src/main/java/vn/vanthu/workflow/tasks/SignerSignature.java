package vn.vanthu.workflow.tasks;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Person;
import vn.vanthu.document.Dispatch;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.signing.Signing;
import vn.vanthu.workflow.ChainProblem.DecisionRefused;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchCase;
import vn.vanthu.workflow.dispatch.Renditions;

/**
 * "Ký": the signer's own digital signature (ô 7c) on exactly the PDF the form showed, unlocked with the
 * PIN of their key; the signed PDF becomes the next version. A wrong PIN signs nothing.
 */
@Component
class SignerSignature {

    private final Signing signing;
    private final Renditions renditions;

    SignerSignature(Signing signing, Renditions renditions) {
        this.signing = signing;
        this.renditions = renditions;
    }

    StoredVersion sign(DispatchCase c, Step step, Person signer, String pin, StoredVersion shown) {
        if (pin == null || pin.isBlank()) {
            throw new DecisionRefused("pin", "nhập mã PIN của khóa ký số để ký văn bản");
        }
        if (!"FOR_SIGNATURE".equals(shown.mode())) {
            throw new IllegalStateException("văn bản " + c.id() + ": bước ký không có bản trình ký");
        }
        char[] secret = pin.toCharArray();
        try {
            byte[] signed = signing.signAsSigner(renditions.pdf(c, shown), signer.userId(), secret);
            boolean letter = step.subject() == DocumentKind.SUBMISSION;
            Dispatch document = letter ? c.submission() : c.document();
            return renditions.storePdf(c, step.subject(), step.id(), signer.userId(), document, signed);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
