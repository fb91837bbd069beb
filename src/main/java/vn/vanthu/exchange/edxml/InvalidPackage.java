package vn.vanthu.exchange.edxml;

import java.util.List;

/** An edXML file that is not a package vanthu can read: not XML, not valid against the schema, or incomplete. */
public final class InvalidPackage extends RuntimeException {

    private final List<String> problems;

    InvalidPackage(List<String> problems) {
        super("gói tin edXML không hợp lệ: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in words a văn thư can pass on. */
    public List<String> problems() {
        return problems;
    }
}
