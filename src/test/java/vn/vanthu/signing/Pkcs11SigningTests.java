package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;

/** The Giám đốc's key lives on a PKCS#11 token (SoftHSM2): the same chain as with PKCS#12. */
class Pkcs11SigningTests {

    private static final String LABEL = "gd.sldtbxh";
    private static KeyRing ring;

    @BeforeAll
    static void token() {
        DemoPki pki = SigningFixture.pki();
        KeyPair keys = DemoCa.rsa();
        SoftHsm.start(keys, pki.certify(keys, "Vũ Đức Thắng", "Sở Lao động – Thương binh và Xã hội", LABEL), LABEL);
        ring = new OnToken(pki, Signer.pkcs11(SoftHsm.MODULE, 0, LABEL));
    }

    @Test
    void signerOnTheTokenThenAgencyBothValidLtPdfAAndDecree30() {
        Signing signing = SigningFixture.signing(ring);
        byte[] signed = signing.signAsSigner(SigningFixture.forSignature(), LABEL, SoftHsm.USER_PIN.toCharArray());
        // the agency key's PIN kept on the server (the demo PIN here)
        byte[] issued = signing.issue(signed, "sldtbxh", 12, LocalDate.of(2026, 11, 20));
        SigningFixture.keep("pkcs11-issued.pdf", issued);
        Verification v = SigningFixture.verifier().verify(issued);
        assertThat(v.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(s.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(s.disallowedChange()).isFalse();
        });
        assertThat(v.signatures().get(0).signer()).isEqualTo("Vũ Đức Thắng");
        assertThat(v.pdfA().compliant()).isTrue();
        assertThat(new ConformanceChecker().check(issued, "pkcs11").failures()).isEmpty();
    }

    @Test
    void aWrongTokenPinSignsNothing() {
        Signing signing = SigningFixture.signing(ring);
        byte[] shown = SigningFixture.forSignature();
        assertThatThrownBy(() -> signing.signAsSigner(shown, LABEL, "00000000".toCharArray()))
                .isInstanceOf(WrongPin.class).hasMessageContaining("Mã PIN không đúng");
    }

    /** The demo keys, except that the Giám đốc signs with the token. */
    private record OnToken(DemoPki demo, Signer token) implements KeyRing {

        @Override
        public Signer person(String userId) {
            return LABEL.equals(userId) ? token : demo.person(userId);
        }

        @Override
        public Signer agency(String agencyId) {
            return demo.agency(agencyId);
        }

        @Override
        public java.util.Optional<char[]> agencyPin(String agencyId) {
            return demo.agencyPin(agencyId);
        }

        @Override
        public byte[] signatureImage(String userId) {
            return demo.signatureImage(userId);
        }

        @Override
        public byte[] sealImage(String agencyId) {
            return demo.sealImage(agencyId);
        }

        @Override
        public Trust trust() {
            return demo.trust();
        }
    }
}
