package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.directory.Directory;

/**
 * A transaction of its own inside another (REQUIRES_NEW) is answered from its own reads, not from what the
 * outer one remembered of its uncommitted view; and once it has committed, the outer one reads again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransactionMemoTests {

    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private String stp;
    private String syt;

    @BeforeEach
    void remember() {
        stp = unit("cv.stp");
        syt = unit("cv.syt");
    }

    @AfterEach
    void restore() {
        jdbc.update("update person set unit = ? where user_id = 'cv.stp'", stp);
        jdbc.update("update person set unit = ? where user_id = 'cv.syt'", syt);
    }

    @Test
    void anInnerTransactionReadsForItselfAndTheOuterOneSeesWhatItCommitted() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(status -> {
            jdbc.update("update person set unit = 'OUTER' where user_id = 'cv.stp'");
            assertThat(unit("cv.stp")).isEqualTo("OUTER");
            assertThat(unit("cv.syt")).isEqualTo(syt);

            inner.executeWithoutResult(s -> {
                // the outer transaction's change is not committed: this connection does not see it
                assertThat(unit("cv.stp")).isEqualTo(stp);
                jdbc.update("update person set unit = 'INNER' where user_id = 'cv.syt'");
            });

            assertThat(unit("cv.syt")).isEqualTo("INNER");
            assertThat(unit("cv.stp")).isEqualTo("OUTER");
        });
    }

    @Test
    void anAnswerRememberedWithAnotherQuestionNeverReplacesTheFirstAndEndsWithTheTransaction() {
        TransactionMemo memo = new TransactionMemo();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            memo.remember("case", 1, "read with another key");
            assertThat(memo.get("case", 1, () -> "read")).isEqualTo("read with another key");
            assertThat(memo.get("case", 2, () -> "first")).isEqualTo("first");
            memo.remember("case", 2, "later");
            assertThat(memo.get("case", 2, () -> "read again")).isEqualTo("first");
            memo.remember("case", 3, java.util.Optional.empty());
            assertThat(memo.get("case", 3, () -> "read")).isEqualTo("read");
        });
        memo.remember("case", 1, "outside a transaction");
        assertThat(memo.get("case", 1, () -> "read")).isEqualTo("read");
    }

    private String unit(String userId) {
        return directory.person(userId).orElseThrow().unit();
    }
}
