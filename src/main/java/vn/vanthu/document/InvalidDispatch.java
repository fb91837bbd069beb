package vn.vanthu.document;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot become a document: every bad field is listed at once, nothing is written. */
public class InvalidDispatch extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidDispatch(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Each bad field with its message, in input order. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
