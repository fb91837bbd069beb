package vn.vanthu.numbering.web;

/** A query parameter of the register API that is missing or not acceptable; answered 400 naming it. */
final class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String value;

    InvalidParameter(String parameter, String value, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    /** What the caller sent, null when the parameter was missing. */
    String value() {
        return value;
    }
}
