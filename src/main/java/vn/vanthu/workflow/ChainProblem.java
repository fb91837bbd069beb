package vn.vanthu.workflow;

import vn.vanthu.platform.Language;
import java.util.List;
import vn.vanthu.platform.NamedFact;

/** The named facts that stop a request in the chain; each maps to a 4xx problem detail. */
public final class ChainProblem {

    private ChainProblem() {
    }

    /** The dispatch does not exist (or is not visible to the caller). */
    public static final class DispatchNotFound extends NamedFact {
        public DispatchNotFound(Object id) {
            super(404, "id", "Không có văn bản " + id);
        }
    }

    /** The text can only change while the drafter holds it. */
    public static final class DispatchNotInDraft extends NamedFact {
        public DispatchNotInDraft(DispatchState state) {
            super(409, null, "Văn bản đang ở bước “" + state.label(Language.VI) + "”, không còn là dự thảo để sửa");
        }
    }

    /** A transition the dispatch's state does not allow (a step acted on twice, or out of order). */
    public static final class NotInThatState extends NamedFact {
        public NotInThatState(DispatchState state, String wanted) {
            super(409, null, "Văn bản đang ở bước “" + state.label(Language.VI) + "”, không thể " + wanted);
        }
    }

    /** The caller belongs to another agency than the dispatch, or to none. */
    public static final class NotYourAgency extends NamedFact {
        public NotYourAgency(String user) {
            super(403, null, "Người dùng " + user + " không thuộc cơ quan có văn bản này");
        }
    }

    /** Only the drafter edits and starts a draft. */
    public static final class NotTheDrafter extends NamedFact {
        public NotTheDrafter(String user) {
            super(403, null, "Chỉ chuyên viên soạn thảo mới sửa hoặc trình văn bản này (" + user + " không phải)");
        }
    }

    /** The task is someone else's: another role, agency or assignee, or it is already done. */
    public static final class NotYourTask extends NamedFact {
        public NotYourTask(String user, String task) {
            super(403, null, "Công việc " + task + " không thuộc quyền của " + user + " hoặc đã được xử lý");
        }
    }

    /** A decision the step does not offer, or one without its mandatory comment. */
    public static final class DecisionRefused extends NamedFact {
        public DecisionRefused(String field, String message) {
            super(400, field, message);
        }
    }

    /** A request that names several bad fields at once (start, signer, consultation). */
    public static final class RequestRefused extends NamedFact {
        public RequestRefused(List<FieldError> errors) {
            super(400, "Yêu cầu có " + errors.size() + " lỗi cần sửa", errors);
        }
    }

    /**
     * The text was signed with a month that has passed: only the day is left for the văn thư, so it cannot be
     * issued today; she returns it to the signer, who signs a copy dated this month.
     */
    public static final class SignedInAnotherMonth extends NamedFact {
        public SignedInAnotherMonth(int month, int year, java.time.LocalDate today) {
            super(409, "decision", "Văn bản đã ký ghi tháng " + month + " năm " + year + ", nay là tháng "
                    + today.getMonthValue() + " năm " + today.getYear() + ": không cấp số được. Hãy chọn \"Trả lại\""
                    + " để lãnh đạo ký lại bản ghi tháng mới.");
        }
    }

    /** The version the user decided on is no longer the one the step decides on. */
    public static final class VersionChanged extends NamedFact {
        public VersionChanged(int shown, int current) {
            super(409, "versionSha256", "Đồng chí đang xem phiên bản " + shown + " nhưng văn bản đã có phiên bản "
                    + current + ": hãy xem lại bản mới rồi quyết định");
        }
    }

    /** Accepted comments must reach the text before the draft goes on. */
    public static final class AcceptedCommentsNotApplied extends NamedFact {
        public AcceptedCommentsNotApplied() {
            super(400, "document", "Đã chọn tiếp thu ý kiến nhưng dự thảo chưa được sửa: hãy sửa dự thảo theo"
                    + " ý kiến đã tiếp thu, hoặc chọn giải trình");
        }
    }

    /** The chain was already started for this dispatch. */
    public static final class ChainAlreadyStarted extends NamedFact {
        public ChainAlreadyStarted() {
            super(409, null, "Văn bản đã được trình theo quy trình");
        }
    }
}
