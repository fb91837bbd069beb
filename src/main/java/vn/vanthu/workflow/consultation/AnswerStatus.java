package vn.vanthu.workflow.consultation;

import vn.vanthu.platform.Language;

/** How a consulted agency answered: agreed, commented, or let the deadline pass (counted as agreed). */
public enum AnswerStatus {
    AGREED("Nhất trí", "Agreed"),
    COMMENTED("Có ý kiến", "Commented"),
    NO_ANSWER("Không trả lời đúng hạn (coi như nhất trí, không có ý kiến)", "No answer by the deadline (counted as agreed)");

    private final String vi;
    private final String en;

    AnswerStatus(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The words a user reads; null (no answer yet) reads "Chưa trả lời". */
    public static String label(AnswerStatus status, Language language) {
        if (status == null) {
            return language == Language.EN ? "Not answered yet" : "Chưa trả lời";
        }
        return language == Language.EN ? status.en : status.vi;
    }
}
