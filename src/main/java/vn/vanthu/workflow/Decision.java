package vn.vanthu.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person decides at a step; the gateways of the BPMN read it from the "decision" variable. */
public enum Decision {
    SUBMIT, APPROVE, RETURN, SIGN, REJECT, ISSUE, AGREE, COMMENT;

    /** The variable value, e.g. "return". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returning, refusing and commenting must say why. */
    public boolean needsComment() {
        return this == RETURN || this == REJECT || this == COMMENT;
    }

    /** The decision written as the variable value. */
    public static Optional<Decision> of(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(d -> d.value().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
