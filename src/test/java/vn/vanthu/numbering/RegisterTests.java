package vn.vanthu.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The register against the real PostgreSQL: per-year, per-series, per-issuer numbering, gapless under load. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Autowired Register register;
    @Autowired TransactionTemplate tx;

    @Test
    void numbersStartAtOneAndRestartOnTheFirstOfJanuary() {
        String issuer = newIssuer();
        assertThat(issue(issuer, Series.ORDINARY, LocalDate.of(2025, 1, 1)).numberAndSymbol())
                .isEqualTo("01/UBND-VP");
        assertThat(issue(issuer, Series.ORDINARY, LocalDate.of(2025, 12, 31)).number()).isEqualTo(2);
        RegisterEntry nextYear = issue(issuer, Series.ORDINARY, LocalDate.of(2026, 1, 1));
        assertThat(nextYear.year()).isEqualTo(2026);
        assertThat(nextYear.number()).isEqualTo(1);
        assertThat(register.entries(issuer, 2025)).extracting(RegisterEntry::number).containsExactly(1, 2);
    }

    @Test
    void confidentialSeriesAndOtherIssuersCountOnTheirOwn() {
        String issuer = newIssuer();
        String other = newIssuer();
        issue(issuer, Series.ORDINARY, DAY);
        issue(issuer, Series.ORDINARY, DAY);
        assertThat(issue(issuer, Series.CONFIDENTIAL, DAY).number()).isEqualTo(1);
        assertThat(issue(other, Series.ORDINARY, DAY).number()).isEqualTo(1);
        assertThat(issue(issuer, Series.ORDINARY, DAY).number()).isEqualTo(3);
        assertThat(register.entries(issuer, 2026)).extracting(RegisterEntry::series, RegisterEntry::number)
                .containsExactly(tuple(Series.ORDINARY, 1), tuple(Series.ORDINARY, 2), tuple(Series.ORDINARY, 3),
                        tuple(Series.CONFIDENTIAL, 1));
    }

    @Test
    void anEntryReadsBackAsIssued() {
        String issuer = newIssuer();
        UUID dispatch = UUID.randomUUID();
        RegisterEntry issued = tx.execute(s -> register.issue(new NewEntry(issuer, Series.ORDINARY, DAY, "QĐ-UBND",
                "Về việc ban hành Quy chế", "Nguyễn Văn A", "- Như trên;\n- Lưu: VT.", dispatch)));
        assertThat(register.entries(issuer, 2026)).containsExactly(issued);
        assertThat(issued.dispatchId()).isEqualTo(dispatch);
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String issuer = newIssuer();
        issue(issuer, Series.ORDINARY, DAY);
        Integer lost = tx.execute(s -> {
            int number = register.issue(entry(issuer, Series.ORDINARY, DAY, "bị huỷ")).number();
            s.setRollbackOnly();
            return number;
        });
        assertThat(lost).isEqualTo(2);
        assertThat(issue(issuer, Series.ORDINARY, DAY).number()).isEqualTo(2);
        assertThat(register.entries(issuer, 2026)).extracting(RegisterEntry::summary).doesNotContain("bị huỷ");
    }

    @Test
    void issuingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> register.issue(entry(newIssuer(), Series.ORDINARY, DAY, "x")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryWithoutSymbolIsRefusedNamingTheField() {
        assertThatThrownBy(() -> tx.execute(s -> register.issue(new NewEntry(newIssuer(), Series.ORDINARY, DAY, " ",
                "Trích yếu", null, null, null)))).isInstanceOfSatisfying(InvalidEntry.class,
                        e -> assertThat(e.field()).isEqualTo("symbol"));
    }

    @Test
    void sixtyFourConcurrentIssuesGetOneToSixtyFour() throws Exception {
        String issuer = newIssuer();
        List<Integer> numbers = ConcurrentRuns.run(64, 16, i -> () -> tx.execute(s -> {
            int number = register.issue(entry(issuer, Series.ORDINARY, DAY, "văn bản " + i)).number();
            ConcurrentRuns.pause(); // hold the counter's lock a moment so the others really queue behind it
            return number;
        }));
        List<Integer> oneToN = IntStream.rangeClosed(1, 64).boxed().toList();
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneToN);
        assertThat(register.entries(issuer, 2026)).extracting(RegisterEntry::number).containsExactlyElementsOf(oneToN);
    }

    @Test
    void concurrentIssuesWithRollbacksAmongThemLeaveNoGap() throws Exception {
        String issuer = newIssuer();
        List<Integer> committed = ConcurrentRuns.run(60, 16, i -> () -> tx.execute(s -> {
            int number = register.issue(entry(issuer, Series.ORDINARY, DAY, "văn bản " + i)).number();
            ConcurrentRuns.pause();
            if (i % 3 == 0) {
                s.setRollbackOnly();
                return null;
            }
            return number;
        })).stream().filter(Objects::nonNull).toList();
        List<Integer> oneToN = IntStream.rangeClosed(1, 40).boxed().toList();
        assertThat(committed).hasSize(40).containsExactlyInAnyOrderElementsOf(oneToN);
        assertThat(register.entries(issuer, 2026)).extracting(RegisterEntry::number).containsExactlyElementsOf(oneToN);
    }

    private RegisterEntry issue(String issuer, Series series, LocalDate day) {
        return tx.execute(s -> register.issue(entry(issuer, series, day, "V/v thử nghiệm")));
    }

    private static NewEntry entry(String issuer, Series series, LocalDate day, String summary) {
        return new NewEntry(issuer, series, day, "UBND-VP", summary, "Nguyễn Văn A", "- Như trên;", null);
    }

    private static String newIssuer() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
