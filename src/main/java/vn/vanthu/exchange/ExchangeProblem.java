package vn.vanthu.exchange;

import java.util.List;
import vn.vanthu.platform.NamedFact;

/** A named fact that stops a send, a receipt or a request; the API answers each as a problem detail naming the field. */
public abstract class ExchangeProblem extends NamedFact {

    protected ExchangeProblem(int status, String field, String message) {
        super(status, field, message);
    }

    protected ExchangeProblem(int status, String message, List<FieldError> errors) {
        super(status, message, errors);
    }

    /** Some Nơi nhận lines are not known yet: the văn thư maps them first, and nothing is sent meanwhile. */
    public static final class UnknownRecipients extends ExchangeProblem {
        private final List<String> lines;

        public UnknownRecipients(List<String> lines) {
            super(409, "Chưa xác định được nơi nhận: " + String.join("; ", lines)
                    + ". Văn thư chọn cơ quan, người nhận cho từng dòng rồi gửi lại; chưa gửi cho ai.",
                    lines.stream().map(l -> new FieldError("recipients", "chưa xác định nơi nhận: " + l)).toList());
            this.lines = List.copyOf(lines);
        }

        /** The lines nobody has mapped. */
        public List<String> lines() {
            return lines;
        }
    }

    /** A confirmed recipient list the send cannot take as given. */
    public static final class InvalidRecipients extends ExchangeProblem {
        public InvalidRecipients(String field, String message) {
            super(400, field, message);
        }
    }

    /** The document was already sent to these recipients. */
    public static final class AlreadySent extends ExchangeProblem {
        public AlreadySent(Object dispatchId) {
            super(409, "dispatchId", "Văn bản " + dispatchId + " đã được gửi đi; muốn gửi bản khác thì thay thế văn bản");
        }
    }

    /** Nothing of that id exists for the caller (or it belongs to an agency the caller does not see). */
    public static final class NotFound extends ExchangeProblem {
        public NotFound(String field, Object id) {
            super(404, field, "Không có " + id);
        }
    }

    /** The caller belongs to another agency, or has not the role the action needs. */
    public static final class NotYourAgency extends ExchangeProblem {
        public NotYourAgency(String user, String agency, String what) {
            super(403, null, "Người dùng " + user + " không được " + what + " của cơ quan " + agency);
        }
    }

    /** A request field that is missing or not acceptable. */
    public static final class InvalidRequest extends ExchangeProblem {
        public InvalidRequest(String field, String message) {
            super(400, field, message);
        }
    }

    /** The action does not fit the state the document is in. */
    public static final class WrongState extends ExchangeProblem {
        public WrongState(String field, String message) {
            super(409, field, message);
        }
    }
}
