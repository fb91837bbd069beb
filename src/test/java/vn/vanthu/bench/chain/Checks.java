package vn.vanthu.bench.chain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;
import vn.vanthu.exchange.CopyState;
import vn.vanthu.exchange.CopyStatus;
import vn.vanthu.exchange.Dispatching;
import vn.vanthu.exchange.OutboxByHand;
import vn.vanthu.exchange.Receiving;
import vn.vanthu.exchange.Recipient;
import vn.vanthu.support.CheckedPdfs;

/**
 * What the bench checks before it times anything, and the recipients' side, which it does not time with the
 * chain: each Sở's inbox checks the signatures of the copy it received in a job of its own receiving process.
 */
final class Checks {

    private static final int SO = 6;

    private Checks() {
    }

    /**
     * One real chain, checked: ISSUED (SeedChain checks it), every stored version passing the product's Decree 30
     * checker, a copy delivered to each of the six Sở's inboxes; and one peer chain that ends and starts as many
     * receiving processes.
     */
    static void first(ApplicationContext context, SeedChain chain, Switches switches) {
        switches.skip(false, false);
        Walk.Result result = chain.real();
        int versions = context.getBean(CheckedPdfs.class).all(result.dispatch());
        List<CopyStatus> copies = context.getBean(Dispatching.class).statuses(result.dispatch());
        if (copies.size() != SO || !copies.stream().allMatch(c -> c.kind() == Recipient.Kind.AGENCY
                && c.state() == CopyState.SENT)) {
            throw new IllegalStateException("the first chain did not reach the six Sở: " + copies);
        }
        chain.peer();
        long received = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey(PeerProcess.RECEIVING_KEY).count();
        if (received != copies.size()) {
            throw new IllegalStateException("the peer started " + received + " receiving processes, the chain sent "
                    + copies.size() + " copies");
        }
        long[] total = new long[result.rows()[0].length];
        for (long[] row : result.rows()) {
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
        }
        System.out.printf("- first chain checked: ISSUED, %d stored versions pass the Decree 30 checker, %d copies"
                + " in the Sở's inboxes; %d PDFs rendered; %.1f s in all (cold); peer chain ended, %d receiving"
                + " processes started%n", versions, copies.size(), total[Cell.RENDERS], total[Cell.WALL] / 1e9,
                received);
    }

    /**
     * Walks {@code chains} real chains, then runs the receipt checks their copies started in the inboxes, timing
     * each; every copy must pass (its receiving process waits at the văn thư's step). Prints p50 and max.
     */
    static void receipts(ApplicationContext context, SeedChain chain, Switches switches, int chains) {
        if (chains <= 0) {
            return;
        }
        ManagementService management = context.getBean(ManagementService.class);
        Set<String> before = new HashSet<>(checkJobs(management).stream().map(Job::getId).toList());
        switches.skip(false, false);
        for (int i = 0; i < chains; i++) {
            chain.real();
        }
        List<Job> fresh = checkJobs(management).stream().filter(j -> !before.contains(j.getId())).toList();
        long[] times = new long[fresh.size()];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            management.executeJob(fresh.get(i).getId());
            times[i] = System.nanoTime() - t0;
        }
        String[] instances = fresh.stream().map(Job::getProcessInstanceId).toArray(String[]::new);
        long waiting = context.getBean(TaskService.class).createTaskQuery().processInstanceIdIn(instances)
                .taskDefinitionKey(Receiving.VAN_THU_TIEP_NHAN).count();
        if (fresh.size() != chains * SO || waiting != fresh.size()) {
            throw new IllegalStateException("receipt checks: " + fresh.size() + " jobs, " + waiting + " passed");
        }
        // the inboxes' answers travel back to UBND's outbox: delivered here, outside any timing
        IntSupplier drain = OutboxByHand.drainer(context);
        while (drain.getAsInt() > 0) {
            Thread.onSpinWait();
        }
        Arrays.sort(times);
        System.out.printf("- receipt check in a Sở's inbox (signatures verified, copy compared; recipients' side, not"
                + " in the chain's time): %d copies of %d chains, p50 %.0f ms, max %.0f ms per copy, %.0f ms in all"
                + " per chain%n", times.length, chains, times[(times.length - 1) / 2] / 1e6,
                times[times.length - 1] / 1e6, Arrays.stream(times).sum() / 1e6 / chains);
    }

    private static List<Job> checkJobs(ManagementService management) {
        return management.createJobQuery().processDefinitionKey(Receiving.PROCESS).activityId(Receiving.KIEM_TRA)
                .executable().list();
    }
}
