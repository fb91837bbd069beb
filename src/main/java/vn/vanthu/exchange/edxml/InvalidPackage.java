package vn.vanthu.exchange.edxml;

import vn.vanthu.platform.NamedFact;

import java.util.List;

/** An edXML file that is not a package vanthu can read: not XML, not valid against the schema, or incomplete. */
public final class InvalidPackage extends NamedFact {

    private final List<String> problems;

    InvalidPackage(List<String> problems) {
        super(400, "gói tin edXML không hợp lệ: " + String.join("; ", problems),
                problems.stream().map(p -> new FieldError("package", p)).toList());
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in words a văn thư can pass on. */
    public List<String> problems() {
        return problems;
    }
}
