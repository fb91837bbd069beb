package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each way a signed document can be forged or misused is refused, or reported invalid with a clear reason. */
class TamperingTests {

    private static final Signing SIGNING = SigningFixture.signing();
    private static byte[] signed;
    private static byte[] issued;

    @BeforeAll
    static void issueTwoPages() {
        signed = SIGNING.signAsSigner(SigningFixture.twoPagesForSignature(), "pgd.sldtbxh", SigningFixture.PIN);
        issued = SIGNING.issue(signed, "sldtbxh", 7, LocalDate.of(2026, 11, 9), SigningFixture.PIN);
        assertThat(SigningFixture.verifier().verify(issued).valid()).isTrue();
    }

    @Test
    void oneChangedContentByteBreaksEverySignature() {
        byte[] forged = issued.clone();
        int at = indexOf(forged, "stream") + 40;
        forged[at] ^= 0x01;
        Verification v = SigningFixture.verifier().verify(forged);
        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.valid()).isFalse();
            assertThat(VerificationText.verdict(s)).isIn("nội dung văn bản không khớp với chữ ký (đã bị sửa)",
                    "văn bản đã bị sửa sau khi ký");
        });
    }

    @Test
    void aPageRemovedAfterIssueIsAForbiddenChange() throws Exception {
        byte[] forged;
        try (PDDocument doc = Loader.loadPDF(issued)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            doc.removePage(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out, Set.<COSDictionary>of(doc.getPages().getCOSObject()));
            forged = out.toByteArray();
        }
        Verification v = SigningFixture.verifier().verify(forged);
        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).allSatisfy(s -> {
            assertThat(s.disallowedChange()).isTrue();
            assertThat(VerificationText.verdict(s)).isEqualTo("văn bản đã bị sửa sau khi ký");
        });
    }

    @Test
    void aSignaturePastedFromAnotherDocumentDoesNotVerify() {
        byte[] other = SIGNING.signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh", SigningFixture.PIN);
        byte[] forged = signed.clone();
        int mine = indexOf(forged, "/Contents <");
        int theirs = indexOf(other, "/Contents <");
        int end = indexOf(other, ">", theirs + 11);
        System.arraycopy(other, theirs, forged, mine, end - theirs);
        Verification v = SigningFixture.verifier().verify(forged);
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.valid()).isFalse();
            assertThat(s.indication()).isEqualTo("TOTAL_FAILED");
        });
        assertThatThrownBy(() -> SIGNING.issue(forged, "sldtbxh", 8, LocalDate.of(2026, 11, 9), SigningFixture.PIN))
                .isInstanceOf(SignatureInvalid.class).hasMessageContaining("Không phát hành được");
    }

    @Test
    void aWrongPinSignsNothing() {
        byte[] shown = SigningFixture.forSignature();
        assertThatThrownBy(() -> SIGNING.signAsSigner(shown, "pgd.sldtbxh", "1234".toCharArray()))
                .isInstanceOf(WrongPin.class).hasMessageStartingWith(
                        "Mã PIN không đúng: văn bản chưa được ký. Hãy nhập lại mã PIN của khóa ký số (còn ");
        assertThatThrownBy(() -> SIGNING.issue(signed, "sldtbxh", 9, LocalDate.of(2026, 11, 9), "x".toCharArray()))
                .isInstanceOf(WrongPin.class);
    }

    @Test
    void anIssueDateOutsideTheSignedMonthIsRefused() {
        assertThatThrownBy(() -> SIGNING.issue(signed, "sldtbxh", 9, LocalDate.of(2026, 12, 1), SigningFixture.PIN))
                .isInstanceOf(IssueDateRefused.class).hasMessageContaining("ghi tháng 11 năm 2026");
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeSigning() {
        SigningFixture.pki().reissue("gd.sldtbxh", "Vũ Đức Thắng", "Sở Lao động – Thương binh và Xã hội",
                Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(30)));
        byte[] shown = SigningFixture.forSignature();
        assertThatThrownBy(() -> SIGNING.signAsSigner(shown, "gd.sldtbxh", SigningFixture.PIN))
                .isInstanceOf(CertificateRefused.class).hasMessageContaining("đã hết hạn ngày");
    }

    @Test
    void aRevokedCertificateIsRefusedBeforeSigning() {
        DemoPki pki = SigningFixture.pki();
        try (Signer.Key key = pki.person("pct.ubnd").unlock(SigningFixture.PIN)) {
            pki.revoke(key.chain().get(0));
        }
        byte[] shown = SigningFixture.forSignature();
        assertThatThrownBy(() -> SIGNING.signAsSigner(shown, "pct.ubnd", SigningFixture.PIN))
                .isInstanceOf(CertificateRefused.class).hasMessageContaining("đã bị thu hồi");
    }

    @Test
    void anUnsignedPdfHasNothingToVerify() {
        Verification v = SigningFixture.verifier().verify(SigningFixture.forSignature());
        assertThat(v.signatures()).isEmpty();
        assertThat(v.valid()).isFalse();
        assertThat(VerificationText.summary(v)).isEqualTo("Tệp không có chữ ký số nào kiểm tra được.");
    }

    private static int indexOf(byte[] bytes, String text) {
        return indexOf(bytes, text, 0);
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found: " + text);
    }
}
