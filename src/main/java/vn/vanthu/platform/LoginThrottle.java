package vn.vanthu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts wrong passwords per source address and per source and account, and says how long a caller
 * must wait before trying again. The victim of a guessing attack is never locked: only the source that
 * guesses waits, while the account's owner logs in from anywhere else. Memory per node, bounded.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginSettings settings;
    private final LongSupplier clock;
    private final Map<String, Failures> bySource = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Counter failures;
    private final Counter held;

    LoginThrottle(LoginSettings settings, LongSupplier nanoClock, MeterRegistry meters) {
        this.settings = settings;
        this.clock = nanoClock;
        this.failures = Counter.builder(Meters.LOGIN_FAILURES).description("wrong passwords").register(meters);
        this.held = Counter.builder(Meters.LOGIN_HELD).description("logins refused while a caller waits")
                .register(meters);
    }

    /** How long the caller must still wait; zero means its password may be checked now. */
    Duration waitFor(String source, String account) {
        long now = clock.getAsLong();
        long wait = Math.max(remaining(bySource.get(source), settings.sourceFailures(), now),
                remaining(byAccount.get(pair(source, account)), settings.accountFailures(), now));
        if (wait > 0) {
            held.increment();
        }
        return Duration.ofNanos(wait);
    }

    void failed(String source, String account) {
        failures.increment();
        long now = clock.getAsLong();
        int fromSource = record(bySource, source, now);
        int forAccount = record(byAccount, pair(source, account), now);
        if (fromSource == settings.sourceFailures() || forAccount == settings.accountFailures()) {
            log.warn("Địa chỉ {} đã nhập sai mật khẩu {} lần ({} lần cho tài khoản {}); các lần thử tiếp từ địa chỉ"
                    + " này phải chờ", source, fromSource, forAccount, account);
        }
    }

    void succeeded(String source, String account) {
        byAccount.remove(pair(source, account));
    }

    private int record(Map<String, Failures> map, String key, long now) {
        if (map.size() >= settings.trackedCallers() && !map.containsKey(key)) {
            forgetOld(map, now);
        }
        return map.compute(key, (k, f) -> f == null || forgotten(f, now) ? new Failures(1, now)
                : new Failures(f.count() + 1, now)).count();
    }

    private void forgetOld(Map<String, Failures> map, long now) {
        map.values().removeIf(f -> forgotten(f, now));
        if (map.size() >= settings.trackedCallers()) {
            log.warn("Quá {} nguồn đăng nhập sai đang được theo dõi; xoá bớt để giữ bộ nhớ", settings.trackedCallers());
            map.clear();
        }
    }

    private long remaining(Failures f, int threshold, long now) {
        if (f == null || f.count() < threshold || forgotten(f, now)) {
            return 0;
        }
        int doublings = Math.min(f.count() - threshold, 30);
        long delay = Math.min(settings.maxDelay().toNanos(), settings.firstDelay().toNanos() << doublings);
        if (delay < 0) {
            delay = settings.maxDelay().toNanos();
        }
        return Math.max(0, f.lastAt() + delay - now);
    }

    private boolean forgotten(Failures f, long now) {
        return now - f.lastAt() > settings.forgetAfter().toNanos();
    }

    private static String pair(String source, String account) {
        // an account name is the caller's choice: cap it so a key stays small
        return source + "|" + (account.length() > 128 ? account.substring(0, 128) : account);
    }

    private record Failures(int count, long lastAt) {
    }
}
