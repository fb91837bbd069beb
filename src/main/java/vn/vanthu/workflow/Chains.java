package vn.vanthu.workflow;

import java.util.List;

/**
 * The names processes/*.bpmn uses, mirrored in one place: process keys, the beans its expressions and
 * delegates call, and the few process variables (ids and decisions only). Steps are {@link Step}.
 * {@code ProcessModelTests} reads the BPMN files and holds them to these names.
 */
public final class Chains {

    /** Process 1: a Sở drafts, reviews, signs and issues its own dispatch (seed 004). */
    public static final String SO_BAN_HANH = "so-ban-hanh";
    /** Process 2: a Sở drafts a dispatch for UBND tỉnh, consults, submits; UBND signs and issues (seed 002). */
    public static final String SO_TRINH_UBND = "so-trinh-ubnd";

    /** The bean BPMN expressions ask who acts and where the chain goes: {@code ${chains.drafter(execution)}}. */
    public static final String EXPRESSIONS = "chains";
    /** Execution listener at the start of each chain: binds the process instance to its dispatch. */
    public static final String CHAIN_STARTED = "chainStarted";
    /** Execution listener at the start of each user task: renders the version the step decides on. */
    public static final String STEP_ENTERED = "stepEntered";
    /** Task listener at the creation of each user task: the labels the Tasklist's lists show beside it. */
    public static final String TASK_CREATED = "taskCreated";
    /** Task listener on completion of each user task: checks and records the decision. */
    public static final String DECISION_RECORDER = "decisionRecorder";
    public static final String CONSULTATION_OPENED = "consultationOpened";
    public static final String CONSULTATION_REMINDER = "consultationReminder";
    public static final String CONSULTATION_EXPIRED = "consultationExpired";
    /** Execution listener where every answer is in (or the deadline passed): the drafter compiles them. */
    public static final String CONSULTATION_CLOSED = "consultationClosed";
    public static final String CONSULTATION_SUMMARISED = "consultationSummarised";
    public static final String SUBMISSION_ISSUED = "submissionIssued";
    public static final String ISSUE_DISPATCH = "issueDispatch";

    /** Every bean name the BPMN files may call. */
    public static final List<String> BEANS = List.of(EXPRESSIONS, CHAIN_STARTED, STEP_ENTERED, TASK_CREATED,
            DECISION_RECORDER,
            CONSULTATION_OPENED, CONSULTATION_REMINDER, CONSULTATION_EXPIRED, CONSULTATION_CLOSED,
            CONSULTATION_SUMMARISED,
            SUBMISSION_ISSUED, ISSUE_DISPATCH);

    /** The decision of the step just completed, checked by the server before the gateways read it. */
    public static final String VAR_DECISION = "decision";
    /** The consulted agency of one instance of the multi-instance consultation task. */
    public static final String VAR_CONSULTED_AGENCY = "consultedAgency";
    /** Display only (Tasklist list columns), local to each task: the document's type and trích yếu. */
    public static final String VAR_TITLE = "vanBan";
    /** Display only (Tasklist list columns), local to each task: số và ký hiệu and date, once known. */
    public static final String VAR_NUMBER = "soNgay";

    /** Service tasks and events of the BPMN that are not user steps. */
    public static final String CAP_SO_PHAT_HANH = "cap-so-phat-hanh";
    public static final String CAP_SO_TO_TRINH = "cap-so-to-trinh";
    public static final String LAP_BANG_TONG_HOP = "lap-bang-tong-hop";
    public static final String DAT_HAN_Y_KIEN = "dat-han-y-kien";
    public static final String HET_HAN_Y_KIEN = "het-han-y-kien";
    public static final String NHAC_HAN = "nhac-han";

    private Chains() {
    }

    /** True for a known process key. */
    public static boolean known(String chain) {
        return SO_BAN_HANH.equals(chain) || SO_TRINH_UBND.equals(chain);
    }
}
