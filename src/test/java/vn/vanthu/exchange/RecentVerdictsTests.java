package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The copies of one PDF are verified once within the time a verdict is kept; other bytes, later copies again. */
class RecentVerdictsTests {

    private static final byte[] PDF = "%PDF-1.7 văn bản A".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "%PDF-1.7 văn bản B".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong clock = new AtomicLong();
    private final RecentVerdicts verdicts = new RecentVerdicts(clock::get);
    private final AtomicInteger calls = new AtomicInteger();

    private SignatureVerifier counting(long sleepMillis) {
        return pdf -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SignatureVerifier.Verification(2, List.of(new String(pdf, StandardCharsets.UTF_8)));
        };
    }

    @Test
    void sixCopiesOfOnePdfAreVerifiedOnceAndOtherBytesOnTheirOwn() {
        SignatureVerifier verifier = counting(0);
        for (int i = 0; i < 6; i++) {
            assertThat(verdicts.of(PDF.clone(), verifier).problems()).containsExactly("%PDF-1.7 văn bản A");
        }
        assertThat(calls).hasValue(1);
        assertThat(verdicts.of(OTHER, verifier).problems()).containsExactly("%PDF-1.7 văn bản B");
        assertThat(calls).hasValue(2);
        assertThat(verdicts.verified.sum()).isEqualTo(2);
    }

    @Test
    void aVerdictOlderThanItsTimeIsNotReused() {
        SignatureVerifier verifier = counting(0);
        verdicts.of(PDF, verifier);
        clock.addAndGet(RecentVerdicts.KEPT.toNanos());
        verdicts.of(PDF, verifier);
        assertThat(calls).as("at the limit still kept").hasValue(1);
        clock.addAndGet(1);
        verdicts.of(PDF, verifier);
        assertThat(calls).hasValue(2);
    }

    @Test
    void copiesCheckedAtOnceWaitForTheOneVerificationUnderWay() throws Exception {
        SignatureVerifier verifier = counting(200);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SignatureVerifier.Verification>> copies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                copies.add(pool.submit(() -> {
                    start.await();
                    return verdicts.of(PDF, verifier);
                }));
            }
            start.countDown();
            for (Future<SignatureVerifier.Verification> copy : copies) {
                assertThat(copy.get().signatures()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailedVerificationIsNotKept() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        SignatureVerifier failingOnce = pdf -> {
            if (tries.incrementAndGet() == 1) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("máy chủ thu hồi không trả lời");
            }
            return new SignatureVerifier.Verification(1, List.of());
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Throwable> first = pool.submit(() -> {
                try {
                    verdicts.of(PDF, failingOnce);
                    return null;
                } catch (IllegalStateException e) {
                    return e;
                }
            });
            Thread.sleep(50);
            // a copy checked meanwhile, or after: its own verification, never the failure
            assertThat(verdicts.of(PDF, failingOnce).intact()).isTrue();
            assertThat(first.get()).hasMessageContaining("không trả lời");
        } finally {
            pool.shutdownNow();
        }
        assertThat(verdicts.of(PDF, failingOnce).intact()).isTrue();
        assertThat(tries).as("the failure is not kept, a success is").hasValue(2);
        assertThatThrownBy(() -> verdicts.of(OTHER, pdf -> {
            throw new IllegalStateException("lỗi");
        })).hasMessage("lỗi");
    }
}
