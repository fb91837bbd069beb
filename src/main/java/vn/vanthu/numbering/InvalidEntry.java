package vn.vanthu.numbering;

/** A register entry the văn thư cannot record as given: names the field of {@link NewEntry} at fault. */
public final class InvalidEntry extends RuntimeException {

    private final String field;

    InvalidEntry(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The {@link NewEntry} component at fault, e.g. "symbol". */
    public String field() {
        return field;
    }
}
