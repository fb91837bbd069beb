package vn.vanthu.document;

/** One bad field of an input: its path ("date.month", "signature.name") and a Vietnamese message. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
