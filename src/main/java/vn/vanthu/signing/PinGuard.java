package vn.vanthu.signing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong PINs per signer, counted as a token counts them: after {@value #LIMIT} in a row the signer's key is not
 * tried again for {@link #LOCKOUT}, so whoever has a leader's password cannot go on to guess the PIN through the
 * API. A key file has no counter of its own; a token's own lock still applies under this one. Memory per node.
 */
final class PinGuard {

    static final int LIMIT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(PinGuard.class);

    private final LongSupplier clock;
    /** Keyed by the people of the directory who sign, so it stays as small as the directory. */
    private final Map<String, Wrong> wrong = new ConcurrentHashMap<>();

    PinGuard(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Refuses with PinLocked while the signer's key rests after too many wrong PINs. */
    void check(String userId) {
        Wrong w = wrong.get(userId);
        long now = clock.getAsLong();
        if (w != null && w.count() >= LIMIT) {
            long left = w.lastAt() + LOCKOUT.toNanos() - now;
            if (left > 0) {
                throw new PinLocked(Duration.ofNanos(left));
            }
            wrong.remove(userId, w);
        }
    }

    /** Counts a wrong PIN; returns how many tries are left before the key rests. */
    int failed(String userId) {
        long now = clock.getAsLong();
        Wrong w = wrong.compute(userId, (k, old) -> old == null || old.count() >= LIMIT ? new Wrong(1, now)
                : new Wrong(old.count() + 1, now));
        if (w.count() == LIMIT) {
            log.warn("{} đã nhập sai mã PIN {} lần liên tiếp: khóa ký số tạm nghỉ {} phút", userId, LIMIT,
                    LOCKOUT.toMinutes());
        }
        return LIMIT - w.count();
    }

    /** The right PIN: the count starts again. */
    void succeeded(String userId) {
        wrong.remove(userId);
    }

    private record Wrong(int count, long lastAt) {
    }
}
