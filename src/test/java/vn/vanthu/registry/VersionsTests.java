package vn.vanthu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;

/** A transaction lists a dispatch's versions once; a version it stores is listed at once; the next one reads again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VersionsTests {

    @Autowired
    Versions versions;
    @Autowired
    ChainDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTransactionListsOnceAndTheNextOneAgain() {
        UUID id = draft();
        transaction.executeWithoutResult(status -> {
            List<StoredVersion> first = versions.list(id);
            jdbc.update("update dispatch_version set actor = 'someone else' where dispatch_id = ?", id);
            assertThat(versions.list(id)).isEqualTo(first);
            assertThat(first).isUnmodifiable();
        });
        assertThat(versions.list(id)).isNotEmpty().allMatch(v -> v.actor().equals("someone else"));
    }

    @Test
    void aVersionStoredIsListedAtOnce() {
        UUID id = draft();
        transaction.executeWithoutResult(status -> {
            List<StoredVersion> before = versions.list(id);
            StoredVersion last = before.get(before.size() - 1);
            StoredVersion stored = versions.store(id, last.documentKind(), "test", "cv.sldtbxh", last.mode(),
                    versions.input(id, last.version()).orElseThrow(), versions.pdf(id, last.version()).orElseThrow());
            List<StoredVersion> after = versions.list(id);
            assertThat(after).hasSize(before.size() + 1);
            assertThat(after.get(before.size()).version()).isEqualTo(stored.version()).isEqualTo(last.version() + 1);
            assertThat(versions.latest(id, last.documentKind()).orElseThrow().version()).isEqualTo(stored.version());
        });
    }

    private UUID draft() {
        return driver.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("Về việc liệt kê phiên bản một lần"));
    }
}
