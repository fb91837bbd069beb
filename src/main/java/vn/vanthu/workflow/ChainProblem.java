package vn.vanthu.workflow;

/** A named fact that stops a request in the chain; the web layer maps each to a problem detail. */
public abstract class ChainProblem extends RuntimeException {

    private final int status;
    private final String field;

    protected ChainProblem(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** The HTTP status this fact maps to. */
    public int status() {
        return status;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** The dispatch does not exist (or is not visible to the caller). */
    public static final class DispatchNotFound extends ChainProblem {
        public DispatchNotFound(Object id) {
            super(404, "id", "Không có văn bản " + id);
        }
    }

    /** The text can only change while the drafter holds it. */
    public static final class DispatchNotInDraft extends ChainProblem {
        public DispatchNotInDraft(DispatchState state) {
            super(409, null, "Văn bản đang ở bước " + state + ", không còn là dự thảo để sửa");
        }
    }

    /** The caller belongs to another agency than the dispatch. */
    public static final class NotYourAgency extends ChainProblem {
        public NotYourAgency(String user) {
            super(403, null, "Người dùng " + user + " không thuộc cơ quan có văn bản này");
        }
    }

    /** Only the drafter edits and starts a draft. */
    public static final class NotTheDrafter extends ChainProblem {
        public NotTheDrafter(String user) {
            super(403, null, "Chỉ chuyên viên soạn thảo mới sửa hoặc trình văn bản này (" + user + " không phải)");
        }
    }

    /** The task is someone else's: another role, agency or assignee. */
    public static final class NotYourTask extends ChainProblem {
        public NotYourTask(String user, String task) {
            super(403, null, "Công việc " + task + " không thuộc quyền của " + user);
        }
    }

    /** A decision the step does not offer, or one without its mandatory comment. */
    public static final class DecisionRefused extends ChainProblem {
        public DecisionRefused(String field, String message) {
            super(400, field, message);
        }
    }

    /** The chain was already started for this dispatch. */
    public static final class ChainAlreadyStarted extends ChainProblem {
        public ChainAlreadyStarted() {
            super(409, null, "Văn bản đã được trình theo quy trình");
        }
    }
}
