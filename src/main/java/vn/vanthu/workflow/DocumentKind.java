package vn.vanthu.workflow;

import vn.vanthu.platform.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents a dispatch carries: its own text, the Sở's submission letter, the consultation summary. */
public enum DocumentKind {
    MAIN("Văn bản", "Document"),
    SUBMISSION("Văn bản trình của Sở", "The Sở's submission letter"),
    CONSULTATION_SUMMARY("Bảng tổng hợp ý kiến", "Summary of the comments");

    private final String vi;
    private final String en;

    DocumentKind(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The code stored with each version: "main", "submission", "consultation-summary". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words a user reads for this kind. */
    public String label(Language language) {
        return language == Language.EN ? en : vi;
    }

    /** The kind stored under a code. */
    public static Optional<DocumentKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
