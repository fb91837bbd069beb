package vn.vanthu.platform;

import java.util.List;

/**
 * A named fact that stops a request: its class name is the problem's title, it carries the HTTP status
 * and the fields at fault. One advice turns every such fact, of any feature, into RFC 9457 problem details.
 */
public abstract class NamedFact extends RuntimeException {

    /** One bad field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final List<FieldError> errors;

    /** A fact with one field at fault, or none when {@code field} is null. */
    protected NamedFact(int status, String field, String message) {
        this(status, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** A fact naming several fields at once. */
    protected NamedFact(int status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status this fact maps to. */
    public int status() {
        return status;
    }

    /** The request fields at fault, possibly none. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The problem's title: the fact's own name, e.g. "DispatchNotInDraft". */
    public String title() {
        return getClass().getSimpleName();
    }
}
