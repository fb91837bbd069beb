package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Wrong PINs counted per signer: five in a row rest the key for fifteen minutes, through the real key file
 * (even the right PIN is then refused, and nothing is signed); the clock of the rest is a test's own.
 */
class PinGuardTests {

    private static final String SIGNER = "pgd.sldtbxh";
    private static final char[] WRONG = "00000000".toCharArray();

    @Test
    void fiveWrongPinsInARowRestTheKeyAndNothingIsSignedMeanwhile() {
        AtomicLong now = new AtomicLong(0);
        PinGuard guard = new PinGuard(now::get);
        Signing signing = new Signing(SigningFixture::pki, SigningFixture.DIRECTORY, guard);
        byte[] shown = SigningFixture.forSignature();

        for (int left = PinGuard.LIMIT - 1; left >= 0; left--) {
            String tries = "còn " + left + " lần thử";
            assertThatThrownBy(() -> signing.signAsSigner(shown, SIGNER, WRONG)).isInstanceOf(WrongPin.class)
                    .hasMessageContaining(tries);
        }
        assertThatThrownBy(() -> signing.signAsSigner(shown, SIGNER, SigningFixture.PIN))
                .isInstanceOf(PinLocked.class).hasMessageContaining("15 phút");
        // another signer's key is not touched by it
        guard.check("gd.sldtbxh");

        now.addAndGet(PinGuard.LOCKOUT.toNanos() - 60_000_000_000L);
        assertThatThrownBy(() -> signing.signAsSigner(shown, SIGNER, SigningFixture.PIN))
                .isInstanceOf(PinLocked.class).hasMessageContaining("1 phút");
        now.addAndGet(60_000_000_001L);
        assertThat(signing.signAsSigner(shown, SIGNER, SigningFixture.PIN)).isNotEmpty();
    }

    @Test
    void theRightPinStartsTheCountAgain() {
        AtomicLong now = new AtomicLong(0);
        PinGuard guard = new PinGuard(now::get);
        for (int i = 0; i < PinGuard.LIMIT - 1; i++) {
            guard.failed(SIGNER);
        }
        guard.succeeded(SIGNER);
        assertThat(guard.failed(SIGNER)).isEqualTo(PinGuard.LIMIT - 1);
        guard.check(SIGNER);
    }

    @Test
    void afterTheRestTheCountStartsAgainFromOne() {
        AtomicLong now = new AtomicLong(0);
        PinGuard guard = new PinGuard(now::get);
        for (int i = 0; i < PinGuard.LIMIT; i++) {
            guard.failed(SIGNER);
        }
        assertThatThrownBy(() -> guard.check(SIGNER)).isInstanceOf(PinLocked.class);
        now.addAndGet(PinGuard.LOCKOUT.toNanos() + 1);
        guard.check(SIGNER);
        assertThat(guard.failed(SIGNER)).isEqualTo(PinGuard.LIMIT - 1);
    }
}
