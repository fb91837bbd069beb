package vn.vanthu.bench.chain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.exchange.CopyState;
import vn.vanthu.exchange.Dispatching;
import vn.vanthu.exchange.OutboxByHand;
import vn.vanthu.exchange.Receiving;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchState;
import vn.vanthu.workflow.DocumentKind;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.dispatch.DispatchStore;
import vn.vanthu.workflow.dispatch.Subjects;
import vn.vanthu.workflow.tasks.Decisions;

/**
 * One seed-002 chain timed step by step, driven as {@code ChainDriver} drives it in the tests (each action under
 * the user's identity; a decision names the version shown; the chain's own jobs run in place of the job
 * executor): draft → trưởng phòng → Sở Tư pháp consulted, comments → tổng hợp → Sở PGĐ signs → Sở văn thư
 * numbers → VP UBND → Chánh VP → Phó Chủ tịch signs → UBND văn thư issues → sent to the six Sở's inboxes.
 */
final class SeedChain {

    static final String DRAFTER = "cv.sldtbxh";
    static final String AGENCY = "sldtbxh";
    static final String CONSULTED = "stp";

    private final ChainDriver driver;
    private final Subjects subjects;
    private final DispatchStore store;
    private final Dispatching dispatching;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IntSupplier drain;
    private final Switches switches;
    private final List<String> recipients;

    SeedChain(ApplicationContext context) {
        driver = context.getBean(ChainDriver.class);
        subjects = context.getBean(Subjects.class);
        store = context.getBean(DispatchStore.class);
        dispatching = context.getBean(Dispatching.class);
        tasks = context.getBean(TaskService.class);
        runtime = context.getBean(RuntimeService.class);
        management = context.getBean(ManagementService.class);
        drain = OutboxByHand.drainer(context);
        switches = context.getBean(Switches.class);
        // the Sở the demo maps "Thủ trưởng các sở, ban, ngành" to: the real chain's six copies go there
        recipients = context.getBean(Directory.class).agencies().stream().filter(a -> a.kind() == Agency.Kind.SO)
                .map(Agency::id).toList();
    }

    /** The product's chain; returns the dispatch id and, per {@link Walk#STEPS} row, what {@link Walk.Laps} records. */
    Walk.Result real() {
        Walk.Laps laps = new Walk.Laps(switches);
        UUID id = driver.draft(DRAFTER, Chains.SO_TRINH_UBND, Walk.DOCUMENT);
        String pi = driver.start(DRAFTER, id, "pgd." + AGENCY, List.of(CONSULTED), 5);
        Task task = driver.task(pi, Step.SOAN_THAO);
        StoredVersion shown = driver.subject(task);
        laps.lap();
        for (Walk.Move m : Walk.MOVES) {
            driver.decide(m.user(), task.getId(), new Decisions.Request(m.decision(), m.comment(),
                    shown.pdfSha256(), shown.version(), m.document(), m.receptions(), m.signer(),
                    "sign".equals(m.decision()) ? ChainDriver.DEMO_PIN : null));
            runJobs(pi);
            if (m.next() != null) {
                task = driver.task(pi, m.next());
                shown = driver.subject(task);
            } else {
                issued(id, pi);
            }
            laps.lap();
        }
        sent(id);
        laps.lap();
        return new Walk.Result(id, laps.all());
    }

    /** The peer: the stripped copy of the process, started with what the real chain's expressions would answer. */
    Walk.Result peer() {
        Walk.Laps laps = new Walk.Laps(switches);
        String pi = driver.as(DRAFTER, () -> runtime.startProcessInstanceByKey(PeerProcess.KEY,
                UUID.randomUUID().toString(), Walk.peerVariables()).getId());
        Task task = driver.task(pi, Step.SOAN_THAO);
        laps.lap();
        for (Walk.Move m : Walk.MOVES) {
            Task open = task;
            driver.as(m.user(), () -> {
                if (open.getAssignee() == null) {
                    tasks.claim(open.getId(), m.user());
                }
                tasks.complete(open.getId(), Map.of(Chains.VAR_DECISION, m.decision()));
                return null;
            });
            runJobs(pi);
            if (m.next() != null) {
                task = driver.task(pi, m.next());
            } else if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
                throw new IllegalStateException("peer chain " + pi + " did not end");
            }
            laps.lap();
        }
        received();
        laps.lap();
        return new Walk.Result(null, laps.all());
    }

    /**
     * The peer's sending: what the same processes do on the engine when the six copies arrive, a receiving
     * process started per Sở in a transaction of its own, with no user (the real inbox starts them as the
     * system), stopping at its asynchronous check as the real ones do.
     */
    private void received() {
        for (String agency : recipients) {
            UUID incoming = UUID.randomUUID();
            runtime.startProcessInstanceByKey(PeerProcess.RECEIVING_KEY, incoming.toString(),
                    Map.of(Receiving.VAR_INCOMING, incoming.toString(), "agency", agency));
        }
    }

    /** The chain ended, its dispatch ISSUED, the sealed final PDF stored. */
    private void issued(UUID id, String pi) {
        StoredVersion last = subjects.latest(id, DocumentKind.MAIN);
        if (store.get(id).state() != DispatchState.ISSUED || !"FINAL".equals(last.mode())
                || runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("chain " + pi + " did not end ISSUED");
        }
    }

    /** Drains the outbox until every copy of the dispatch reached its inbox (another thread may carry some). */
    private void sent(UUID id) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            int delivered = drain.getAsInt();
            var copies = dispatching.statuses(id);
            if (!copies.isEmpty() && copies.stream().allMatch(c -> c.state() == CopyState.SENT)) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("dispatch " + id + " not delivered: " + copies);
            }
            if (delivered == 0) {
                // the other thread is delivering our copies: leave it the core
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The due jobs of this chain only (the other thread's chain and the inboxes' checks are not ours to run). */
    private void runJobs(String pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
