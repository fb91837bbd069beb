package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory answers a transaction's repeated questions from what it read first, and only within that
 * transaction: a row changed by hand shows at once outside one and in the next one, and the directory's own
 * writers make the transaction read again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransactionReadsTests {

    @Autowired
    Directory directory;
    @Autowired
    AddressBook addressBook;
    @Autowired
    DemoProvinceLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void restore() {
        loader.load();
    }

    @Test
    void aTransactionReadsEachRowOnce() {
        transaction.executeWithoutResult(status -> {
            assertThat(unit("cv.stp")).isEqualTo("XDKTVB");
            assertThat(shortName("stp")).isNotEqualTo("changed");
            assertThat(addressBook.organId("stp")).isPresent();

            jdbc.update("update person set unit = 'X' where user_id = 'cv.stp'");
            jdbc.update("update agency set short_name = 'changed', organ_id = null where id = 'stp'");

            assertThat(unit("cv.stp")).isEqualTo("XDKTVB");
            assertThat(shortName("stp")).isNotEqualTo("changed");
            assertThat(addressBook.organId("stp")).isPresent();
            assertThat(directory.agencyOf("cv.stp").orElseThrow().shortName()).isNotEqualTo("changed");
        });
        // the next transaction, and any read outside one, sees the rows as they are
        assertThat(unit("cv.stp")).isEqualTo("X");
        assertThat(shortName("stp")).isEqualTo("changed");
        assertThat(addressBook.organId("stp")).isEmpty();
        String next = transaction.execute(status -> unit("cv.stp"));
        assertThat(next).isEqualTo("X");
    }

    @Test
    void theListOfAgenciesAnswersEachOfThemInTheSameTransaction() {
        transaction.executeWithoutResult(status -> {
            String before = directory.agencies().stream().filter(a -> a.id().equals("stp")).findFirst().orElseThrow()
                    .shortName();
            jdbc.update("update agency set short_name = 'changed', organ_id = null where id = 'stp'");
            assertThat(shortName("stp")).isEqualTo(before);
            assertThat(addressBook.organId("stp")).isPresent();
        });
        assertThat(shortName("stp")).isEqualTo("changed");
        assertThat(addressBook.organId("stp")).isEmpty();
    }

    @Test
    void outsideATransactionEveryCallReads() {
        assertThat(unit("cv.stp")).isEqualTo("XDKTVB");
        jdbc.update("update person set unit = 'X' where user_id = 'cv.stp'");
        assertThat(unit("cv.stp")).isEqualTo("X");
    }

    @Test
    void theDirectorysWritersMakeTheTransactionReadAgain() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("update person set unit = 'X' where user_id = 'cv.stp'");
            assertThat(unit("cv.stp")).isEqualTo("X");

            assertThat(loader.load()).isPositive();

            assertThat(unit("cv.stp")).isEqualTo("XDKTVB");
        });
    }

    @Test
    void aListIsRememberedAsItWasAndCannotBeChangedByItsReader() {
        transaction.executeWithoutResult(status -> {
            var clerks = directory.people("stp", Role.VAN_THU);
            assertThat(clerks).isNotEmpty();
            jdbc.update("update person set unit = 'X' where agency_id = 'stp' and role = 'VAN_THU'");
            assertThat(directory.people("stp", Role.VAN_THU)).isEqualTo(clerks);
            assertThat(clerks).isUnmodifiable();
        });
        assertThat(directory.people("stp", Role.VAN_THU)).allMatch(p -> p.unit().equals("X"));
    }

    private String unit(String userId) {
        return directory.person(userId).orElseThrow().unit();
    }

    private String shortName(String agencyId) {
        return directory.agency(agencyId).orElseThrow().shortName();
    }
}
