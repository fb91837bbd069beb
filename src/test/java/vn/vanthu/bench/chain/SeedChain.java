package vn.vanthu.bench.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Dispatches;
import vn.vanthu.workflow.Tasks;

/**
 * One seed-002 chain, driven as the demo users drive it (each action under that user's identity, through
 * {@code Dispatches} and {@code Tasks}), with the jobs run in place of the job executor, as the tests do:
 * draft → trưởng phòng → Sở tư pháp consulted, answers → tổng hợp → Sở PGĐ signs → Sở văn thư numbers →
 * VP UBND approves → Phó Chủ tịch signs → UBND văn thư issues.
 */
final class SeedChain {

    static final String DRAFTER = "cv.sldtbxh";
    static final String AGENCY = "sldtbxh";
    static final String CONSULTED = "stp";

    private final Dispatches dispatches;
    private final Tasks tasks;
    private final TaskService taskService;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ManagementService management;
    // a login carries its groups; looked up once per user, as a session would
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    SeedChain(ApplicationContext context) {
        dispatches = context.getBean(Dispatches.class);
        tasks = context.getBean(Tasks.class);
        taskService = context.getBean(TaskService.class);
        runtime = context.getBean(RuntimeService.class);
        identity = context.getBean(IdentityService.class);
        management = context.getBean(ManagementService.class);
    }

    /** The product's chain: the draft is created (and rendered), then started; returns the process instance id. */
    String real() {
        UUID id = as(DRAFTER, () -> dispatches.create(DRAFTER, Chains.SO_TRINH_UBND, document()));
        String pi = as(DRAFTER, () -> dispatches.start(id, DRAFTER, List.of(CONSULTED), 5));
        walk(pi);
        return pi;
    }

    /** The peer: the stripped copy of the process, started with the variables the real chain's steps would set. */
    String peer() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Chains.VAR_DISPATCH, UUID.randomUUID().toString());
        variables.put(Chains.VAR_AGENCY, AGENCY);
        variables.put(Chains.VAR_DRAFTER, DRAFTER);
        variables.put(Chains.VAR_CONSULTED_AGENCIES, new java.util.ArrayList<>(List.of(CONSULTED)));
        variables.put(Chains.VAR_CONSULTATION_NEEDED, true);
        variables.put(Chains.VAR_CONSULTATION_DAYS, 5);
        variables.put(Chains.VAR_SUBMISSION_NUMBERED, false);
        // set by the consultationOpened delegate in the real chain; the boundary timers read them
        Instant now = Instant.now();
        variables.put(Chains.VAR_CONSULTATION_DUE, Date.from(now.plus(7, ChronoUnit.DAYS)));
        variables.put(Chains.VAR_REMINDER_DUE, Date.from(now.plus(6, ChronoUnit.DAYS)));
        String pi = as(DRAFTER, () -> runtime.startProcessInstanceByKey(PeerProcess.KEY,
                variables.get(Chains.VAR_DISPATCH).toString(), variables).getId());
        walk(pi);
        return pi;
    }

    private void walk(String pi) {
        decide(DRAFTER, pi, Chains.SOAN_THAO, "submit", Map.of());
        decide("tp.sldtbxh", pi, Chains.TRUONG_PHONG_DUYET, "approve", Map.of());
        runJobs(pi);
        decide("pgd." + CONSULTED, pi, Chains.CHO_Y_KIEN, "agree", Map.of());
        decide(DRAFTER, pi, Chains.TONG_HOP_Y_KIEN, "submit", Map.of("explanations",
                "[{\"agency\":\"stp\",\"accepted\":true,\"explanation\":\"Đã tiếp thu.\"}]"));
        runJobs(pi);
        decide("pgd.sldtbxh", pi, Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", Map.of());
        decide("vt.sldtbxh", pi, Chains.VAN_THU_SO_CAP_SO, "issue", Map.of());
        runJobs(pi);
        decide("cv.ubnd", pi, Chains.VP_UBND_THAM_DINH, "approve", Map.of());
        decide("pct.ubnd", pi, Chains.LANH_DAO_UBND_KY, "sign", Map.of());
        decide("vt.ubnd", pi, Chains.VAN_THU_UBND_PHAT_HANH, "issue", Map.of());
        runJobs(pi);
        if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("chain " + pi + " did not end");
        }
    }

    private void decide(String user, String pi, String step, String decision, Map<String, Object> more) {
        Task task = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(step).list().stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("no open task " + step + " in " + pi));
        Map<String, Object> variables = new HashMap<>(more);
        variables.put("decision", decision);
        variables.put("comment", "");
        as(user, () -> {
            tasks.complete(task.getId(), user, variables);
            return null;
        });
    }

    /** The due jobs of this chain only (the other thread's chain is not ours to run). */
    private void runJobs(String pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private <T> T as(String user, Supplier<T> action) {
        identity.setAuthentication(user, groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u)
                .list().stream().map(Group::getId).toList()));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A Công văn of the seed-002 kind; the same text every chain, so mode (b) meets few kinds of document. */
    static Map<String, Object> document() {
        Map<String, Object> doc = new HashMap<>();
        doc.put("type", "cong-van");
        doc.put("summary", "triển khai Báo cáo số 51/BC-ĐGS về bảo vệ trẻ em");
        doc.put("recipients", List.of("Ủy ban nhân dân các huyện, thị xã, thành phố"));
        doc.put("body", "Thực hiện Kế hoạch số 42/KH-UBND ngày 11/3/2022 của UBND tỉnh, đề nghị các đơn vị triển khai.\n\n"
                + "1. Tăng cường công tác truyền thông về bảo vệ trẻ em.\n\n2. Báo cáo kết quả trước ngày 20/11/2022.");
        doc.put("distribution", Map.of("recipients", List.of("Như trên", "Giám đốc")));
        return doc;
    }
}
