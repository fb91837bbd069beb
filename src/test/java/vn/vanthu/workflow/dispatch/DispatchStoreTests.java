package vn.vanthu.workflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchState;

/**
 * A transaction reads a dispatch's row once: each reader still gets a case of its own to change, the store's
 * own writes make it read again, the lock version still refuses a stale save, and the next transaction (or a
 * read outside one) sees what others wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DispatchStoreTests {

    private static final String DRAFTER = "cv.sldtbxh";

    @Autowired
    DispatchStore store;
    @Autowired
    ConsultationPlan plan;
    @Autowired
    ChainDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTransactionReadsTheRowOnceAndTheNextOneAgain() {
        UUID id = draft();
        transaction.executeWithoutResult(status -> {
            assertThat(store.get(id).state()).isEqualTo(DispatchState.DRAFTING);
            jdbc.update("update dispatch set state = 'REJECTED', consulted = ?, under_decision = 7 where id = ?",
                    new String[] {"stp"}, id);
            assertThat(store.get(id).state()).isEqualTo(DispatchState.DRAFTING);
        });
        assertThat(store.get(id).state()).isEqualTo(DispatchState.REJECTED);
        assertThat(plan.agencies(id)).containsExactly("stp");
        assertThat(store.underDecision(id)).contains(7);
    }

    @Test
    void aRowReadByOneKeyAnswersTheOthersInTheSameTransaction() {
        UUID id = draft();
        String process = driver.start(DRAFTER, id);
        DispatchCase before = store.get(id);
        java.util.Optional<Integer> underDecision = store.underDecision(id);
        // by id first: by process, the binding and the version under decision come from the same read
        transaction.executeWithoutResult(status -> {
            assertThat(store.get(id).signer()).isEqualTo(before.signer());
            jdbc.update("update dispatch set signer = 'gd.sldtbxh', state = 'REJECTED', under_decision = 99 "
                    + "where id = ?", id);
            assertThat(store.ofProcess(process).state()).isEqualTo(before.state());
            assertThat(store.bindingOf(process).signer()).isEqualTo(before.signer());
            assertThat(store.underDecision(id)).isEqualTo(underDecision);
        });
        assertThat(store.ofProcess(process).state()).isEqualTo(DispatchState.REJECTED);
        assertThat(store.bindingOf(process).signer()).isEqualTo("gd.sldtbxh");
        assertThat(store.underDecision(id)).contains(99);
        // by process first: by id comes from the same read
        transaction.executeWithoutResult(status -> {
            assertThat(store.ofProcess(process).signer()).isEqualTo("gd.sldtbxh");
            jdbc.update("update dispatch set signer = null where id = ?", id);
            assertThat(store.get(id).signer()).isEqualTo("gd.sldtbxh");
        });
        assertThat(store.get(id).signer()).isNull();
    }

    @Test
    void eachReaderGetsACaseOfItsOwn() {
        UUID id = draft();
        transaction.executeWithoutResult(status -> {
            DispatchCase first = store.get(id);
            first.signersChosen("gd.sldtbxh", null);
            DispatchCase second = store.get(id);
            assertThat(second).isNotSameAs(first);
            assertThat(second.signer()).isNull();
        });
    }

    @Test
    void theStoresOwnWritesAreReadBack() {
        UUID id = draft();
        transaction.executeWithoutResult(status -> {
            DispatchCase c = store.get(id);
            c.signersChosen("gd.sldtbxh", null);
            store.update(c);
            assertThat(store.get(id).signer()).isEqualTo("gd.sldtbxh");
            assertThat(store.find(id).orElseThrow().lockVersion()).isEqualTo(c.lockVersion());

            assertThat(plan.agencies(id)).isEmpty();
            plan.fix(id, List.of("stp", "syt"), 5);
            assertThat(plan.agencies(id)).containsExactly("stp", "syt");

            store.underDecision(id, 1);
            assertThat(store.underDecision(id)).contains(1);
            store.underDecision(id, 2);
            assertThat(store.underDecision(id)).contains(2);
        });
    }

    @Test
    void aCaseSavedByAnotherTransactionMeanwhileIsStillRefused() {
        UUID id = draft();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            DispatchCase mine = store.get(id);
            // another writer saves first, in a transaction of its own
            jdbc.update("update dispatch set lock_version = lock_version + 1 where id = ?", id);
            mine.signersChosen("gd.sldtbxh", null);
            store.update(store.get(id));
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(store.get(id).signer()).isNull();
    }

    @Test
    void outsideATransactionEveryReadSeesTheRow() {
        UUID id = draft();
        assertThat(store.get(id).state()).isEqualTo(DispatchState.DRAFTING);
        jdbc.update("update dispatch set state = 'REJECTED' where id = ?", id);
        assertThat(store.get(id).state()).isEqualTo(DispatchState.REJECTED);
    }

    private UUID draft() {
        return driver.draft(DRAFTER, Chains.SO_TRINH_UBND, Drafts.congVan("Về việc kiểm tra bộ nhớ một giao dịch"));
    }
}
