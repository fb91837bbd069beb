package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.Anchors;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Finding;

/** The checker's e-document rules fail what a careless signing tool does: a red signature, a seal off to the side. */
class ElectronicRulesTests {

    @Test
    void redSignatureAndMisplacedSealFail() {
        DemoPki pki = SigningFixture.pki();
        byte[] shown = SigningFixture.forSignature();
        Anchors anchors = Anchors.locate(shown);
        Placement.Rect signature = Placement.signature(anchors);
        Placement.Rect away = new Placement.Rect(signature.page(), signature.left() + signature.width(),
                signature.top(), 107.7f, 107.7f, signature.pageHeight());
        byte[] prepared = FormFields.prepare(shown, anchors, signature, away);
        byte[] signed;
        try (Signer.Key key = pki.person("pgd.sldtbxh").unlock(SigningFixture.PIN)) {
            // the seal image where the signer's image belongs
            signed = Pades.sign(new Pades.Request(prepared, FormFields.SIGNER, null, pki.sealImage("sldtbxh"), null,
                    true, "thử", "Đắk Lắk", new Date()), key, pki.trust());
        }
        byte[] filled = FieldFill.fill(signed, "06", "04");
        byte[] sealed;
        try (Signer.Key key = pki.agency("sldtbxh").unlock(SigningFixture.PIN)) {
            sealed = Pades.sign(new Pades.Request(filled, FormFields.SEAL, null, pki.signatureImage("pgd.sldtbxh"), null,
                    false, "thử", "Đắk Lắk", new Date()), key, pki.trust());
        }
        Map<String, Finding.Status> status = new ConformanceChecker().check(sealed, "careless").findings().stream()
                .filter(f -> f.ruleId().contains("ESIGN")).collect(Collectors.toMap(Finding::ruleId, Finding::status));
        assertThat(status).containsEntry("ND30-ESIGN-SIGNER-POS", Finding.Status.PASS)
                .containsEntry("ND30-ESIGN-SIGNER-COLOUR", Finding.Status.FAIL)
                .containsEntry("ND30-ESIGN-SEAL-COLOUR", Finding.Status.FAIL)
                .containsEntry("ND30-ESIGN-SEAL-POS", Finding.Status.FAIL);
    }
}
