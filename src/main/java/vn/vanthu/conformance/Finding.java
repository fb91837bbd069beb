package vn.vanthu.conformance;

/**
 * The outcome of one rule on one document: rule id ("ND30-HDR-QH-SIZE"), the decree clause it comes
 * from ("PL I, II.1.a"), the status, what was measured and what the rule expects, the page (1-based,
 * 0 when the rule is document-wide).
 */
public record Finding(String ruleId, String clause, Status status, String measured, String expected, int page) {

    /** PASS and FAIL are verdicts; WARN is a template convention not stated as a rule; SKIP means not applicable. */
    public enum Status {
        PASS, FAIL, WARN, SKIP
    }
}
