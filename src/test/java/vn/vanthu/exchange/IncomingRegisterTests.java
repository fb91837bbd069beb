package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The sổ văn bản đến's numbers: one series per agency and year, gapless under concurrency and rollback. */
class IncomingRegisterTests extends ExchangeTestBase {

    @Autowired
    IncomingRegister register;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void concurrentRegistrationsTakeEveryNumberOnceAndARollbackGivesItsNumberBack() throws Exception {
        int year = 2031;
        Integer first = transaction.execute(s -> register.next("syt", year));
        assertThat(first).isEqualTo(1);
        transaction.executeWithoutResult(s -> {
            assertThat(register.next("syt", year)).isEqualTo(2);
            s.setRollbackOnly();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(() -> transaction.execute(s -> register.next("syt", year)));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(jobs)) {
            numbers.add(f.get());
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(2, 21).boxed().toList());
        Integer other = transaction.execute(s -> register.next("stc", year));
        assertThat(other).as("another agency's series").isEqualTo(1);
    }
}
