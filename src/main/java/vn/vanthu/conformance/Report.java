package vn.vanthu.conformance;

import java.util.List;

/** What the conformance checker found in one PDF: one finding per rule checked. */
public record Report(String source, List<Finding> findings) {

    public Report {
        findings = List.copyOf(findings);
    }

    /** The findings that failed. */
    public List<Finding> failures() {
        return findings.stream().filter(f -> f.status() == Finding.Status.FAIL).toList();
    }

    /** True when no rule failed. */
    public boolean passed() {
        return failures().isEmpty();
    }
}
