package vn.vanthu.workflow;

import vn.vanthu.platform.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person decides at a step; the gateways of the BPMN read it from the "decision" variable. */
public enum Decision {
    SUBMIT("Trình", "Submit"),
    APPROVE("Đồng ý", "Approve"),
    RETURN("Trả lại", "Return"),
    SIGN("Ký", "Sign"),
    REJECT("Không ký", "Refuse to sign"),
    ISSUE("Cấp số và phát hành", "Number and issue"),
    AGREE("Nhất trí", "Agree"),
    COMMENT("Có ý kiến", "Comment");

    private final String vi;
    private final String en;

    Decision(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The variable value, e.g. "return". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word the forms show, in the user's language. */
    public String label(Language language) {
        return language == Language.EN ? en : vi;
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
