package vn.vanthu.workflow;

/** The BPMN ids of processes/*.bpmn, mirrored in one place: process keys, steps and variables. */
public final class Chains {

    /** Process 1: a Sở drafts, reviews, signs and issues its own dispatch (seed 004). */
    public static final String SO_BAN_HANH = "so-ban-hanh";
    /** Process 2: a Sở drafts a dispatch for UBND tỉnh, consults, submits; UBND signs and issues (seed 002). */
    public static final String SO_TRINH_UBND = "so-trinh-ubnd";

    public static final String SOAN_THAO = "soan-thao";
    public static final String TRUONG_PHONG_DUYET = "truong-phong-duyet";
    public static final String LANH_DAO_SO_KY = "lanh-dao-so-ky";
    public static final String VAN_THU_SO_PHAT_HANH = "van-thu-so-phat-hanh";
    public static final String CHO_Y_KIEN = "cho-y-kien";
    public static final String TONG_HOP_Y_KIEN = "tong-hop-y-kien";
    public static final String LANH_DAO_SO_KY_TO_TRINH = "lanh-dao-so-ky-to-trinh";
    public static final String VAN_THU_SO_CAP_SO = "van-thu-so-cap-so";
    public static final String VP_UBND_THAM_DINH = "vp-ubnd-tham-dinh";
    public static final String LANH_DAO_UBND_KY = "lanh-dao-ubnd-ky";
    public static final String VAN_THU_UBND_PHAT_HANH = "van-thu-ubnd-phat-hanh";
    public static final String CAP_SO_PHAT_HANH = "cap-so-phat-hanh";
    public static final String CAP_SO_TO_TRINH = "cap-so-to-trinh";
    public static final String LAP_BANG_TONG_HOP = "lap-bang-tong-hop";
    public static final String HET_HAN_Y_KIEN = "het-han-y-kien";
    public static final String NHAC_HAN = "nhac-han";

    public static final String VAR_DISPATCH = "dispatchId";
    public static final String VAR_AGENCY = "agency";
    public static final String VAR_DRAFTER = "drafter";
    public static final String VAR_INITIATOR = "initiator";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_DOCUMENT = "document";
    public static final String VAR_EXPLANATIONS = "explanations";
    public static final String VAR_CONSULTED = "consulted";
    public static final String VAR_CONSULTED_AGENCIES = "consultedAgencies";
    public static final String VAR_CONSULTED_AGENCY = "consultedAgency";
    public static final String VAR_CONSULTATION_DAYS = "consultationDays";
    public static final String VAR_CONSULTATION_NEEDED = "consultationNeeded";
    public static final String VAR_CONSULTATION_DUE = "consultationDue";
    public static final String VAR_REMINDER_DUE = "reminderDue";
    public static final String VAR_SUBMISSION_NUMBERED = "submissionNumbered";

    private Chains() {
    }

    /** True for a known process key. */
    public static boolean known(String chain) {
        return SO_BAN_HANH.equals(chain) || SO_TRINH_UBND.equals(chain);
    }
}
