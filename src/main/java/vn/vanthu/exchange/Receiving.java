package vn.vanthu.exchange;

/** The BPMN ids of processes/tiep-nhan-van-ban-den.bpmn and thu-hoi-van-ban-den.bpmn, mirrored in one place. */
public final class Receiving {

    /** Văn bản đến: checked, registered (or refused), assigned, handled. */
    public static final String PROCESS = "tiep-nhan-van-ban-den";
    /** Thu hồi: the văn thư answers a sender's recall. */
    public static final String RECALL_PROCESS = "thu-hoi-van-ban-den";

    public static final String KIEM_TRA = "kiem-tra";
    public static final String KET_QUA_KIEM_TRA = "ket-qua-kiem-tra";
    public static final String TU_CHOI_TU_DONG = "tu-choi-tu-dong";
    public static final String VAN_THU_TIEP_NHAN = "van-thu-tiep-nhan";
    public static final String VAN_THU_QUYET_DINH = "van-thu-quyet-dinh";
    public static final String TU_CHOI = "tu-choi";
    public static final String LANH_DAO_PHAN_CONG = "lanh-dao-phan-cong";
    public static final String XU_LY = "xu-ly";
    public static final String HOAN_THANH = "hoan-thanh";
    public static final String VAN_THU_TRA_LOI_THU_HOI = "van-thu-tra-loi-thu-hoi";
    public static final String DA_TRA_LOI_THU_HOI = "da-tra-loi-thu-hoi";

    /** Set by the server: the văn bản đến (also the business key). */
    public static final String VAR_INCOMING = "incomingId";
    /** Set by the server: whether the checks passed. */
    public static final String VAR_CHECK_PASSED = "checkPassed";
    /** From the form, checked by the step's listener: the decision and its comment. */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    /** From the assignment form, checked against the directory before anything uses it. */
    public static final String VAR_HANDLER = "handler";
    public static final String VAR_ANSWER_NEEDED = "answerNeeded";
    public static final String VAR_DUE_ON = "dueOn";
    /** From the handling form: the handler wants to answer with a reply dispatch. */
    public static final String VAR_REPLY = "reply";

    private Receiving() {
    }
}
