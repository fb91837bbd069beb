package vn.vanthu.workflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** A stored version's check runs after its commit, never after a rollback, and never piles up. */
class LateChecksTests {

    private final LateChecks late = new LateChecks();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final TransactionTemplate transaction = new TransactionTemplate(new NoDatabase());

    @AfterEach
    void stop() throws InterruptedException {
        late.destroy();
    }

    private Runnable check(String name) {
        return () -> ran.add(name + "@" + Thread.currentThread().getName());
    }

    @Test
    void aCheckWaitsForItsTransactionToCommitAndRunsOnAWorker() throws Exception {
        transaction.executeWithoutResult(status -> {
            late.afterCommit("v. 1", check("v1"));
            try {
                assertThat(late.awaitIdle(Duration.ofSeconds(1))).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(ran).as("not before the commit").isEmpty();
        });
        assertThat(late.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ran).singleElement().asString().startsWith("v1@kiem-tra-the-thuc-");
    }

    @Test
    void aVersionRolledBackIsNotChecked() throws Exception {
        transaction.executeWithoutResult(status -> {
            late.afterCommit("v. 2", check("v2"));
            status.setRollbackOnly();
        });
        assertThat(late.awaitIdle(Duration.ofSeconds(10))).isTrue();
        Thread.sleep(50);
        assertThat(ran).isEmpty();
    }

    @Test
    void withoutATransactionTheCheckIsHandedOverAtOnce() throws Exception {
        late.afterCommit("v. 3", check("v3"));
        assertThat(late.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ran).singleElement().asString().startsWith("v3@kiem-tra-the-thuc-");
    }

    @Test
    void aFailingCheckIsLoggedAndCountsAsDone() throws Exception {
        late.afterCommit("v. 4", () -> {
            throw new IllegalStateException("PDF không đọc được");
        });
        late.afterCommit("v. 5", check("v5"));
        assertThat(late.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ran).singleElement().asString().startsWith("v5@");
    }

    @Test
    void whenTheWorkersAreBehindTheCommittingThreadChecksItself() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int cores = Runtime.getRuntime().availableProcessors();
        // every worker busy and the queue full
        for (int i = 0; i < cores + 4 * cores; i++) {
            late.afterCommit("busy", () -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(late.awaitIdle(Duration.ofMillis(50))).as("busy workers are not idle").isFalse();
        late.afterCommit("v. 6", check("v6"));
        assertThat(ran).containsExactly("v6@" + Thread.currentThread().getName());
        release.countDown();
        assertThat(late.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void afterShutdownACheckIsDroppedNotThrown() throws Exception {
        late.destroy();
        late.afterCommit("v. 7", check("v7"));
        assertThat(late.awaitIdle(Duration.ofSeconds(1))).isTrue();
        assertThat(ran).isEmpty();
    }

    /** A transaction manager with nothing behind it: only the synchronisation callbacks matter here. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
