package vn.vanthu.exchange;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import vn.vanthu.platform.Sha256;

/**
 * Verdicts on received PDFs, kept a few minutes by SHA-256: when several agencies of this vanthu receive one
 * document, its signatures are verified once, not once per copy. Why: each check is a full DSS validation of the
 * same bytes (about 100 ms of CPU), so a document sent to the six Sở cost its recipients as much CPU as the whole
 * chain that made it. Copies checked at once wait for the one verification under way.
 */
@Component
class RecentVerdicts {

    /** How long a verdict is reused: the copies of one sending arrive within seconds of each other. */
    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 256;

    /** PDFs verified here rather than answered from an earlier copy: tests read it. */
    final LongAdder verified = new LongAdder();

    private final LongSupplier nanos;
    private final Map<String, Entry> entries = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MOST;
        }
    };

    private record Entry(CompletableFuture<SignatureVerifier.Verification> verdict, long at) {
    }

    RecentVerdicts() {
        this(System::nanoTime);
    }

    RecentVerdicts(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The verifier's verdict on the PDF, or the one it gave on the same bytes less than {@link #KEPT} ago. */
    SignatureVerifier.Verification of(byte[] pdf, SignatureVerifier verifier) {
        String key = Sha256.hex(pdf);
        CompletableFuture<SignatureVerifier.Verification> mine = new CompletableFuture<>();
        long now = nanos.getAsLong();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || now - entry.at() > KEPT.toNanos()) {
                entry = new Entry(mine, now);
                entries.put(key, entry);
            }
        }
        if (entry.verdict() != mine) {
            try {
                return entry.verdict().join();
            } catch (CompletionException e) {
                // the verification this copy waited for failed, and was not kept: this copy tries again
                return of(pdf, verifier);
            }
        }
        try {
            SignatureVerifier.Verification verdict = verifier.verify(pdf);
            verified.increment();
            mine.complete(verdict);
            return verdict;
        } catch (RuntimeException e) {
            synchronized (entries) {
                entries.remove(key, entry);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
