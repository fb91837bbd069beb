package vn.vanthu.workflow;

/** How a consultation answer reads in the bảng tổng hợp ý kiến. */
final class Answers {

    private Answers() {
    }

    static String text(Consultations.Answer a) {
        if (a.answer() == null) {
            return "Chưa trả lời";
        }
        return switch (a.answer()) {
            case "AGREED" -> "Nhất trí";
            case "NO_ANSWER" -> "Không trả lời đúng hạn (coi như nhất trí, không có ý kiến)";
            default -> a.comment() == null ? "Có ý kiến" : a.comment();
        };
    }

    static String reception(Consultations.Answer a) {
        if (!"COMMENTED".equals(a.answer())) {
            return "";
        }
        String verdict = Boolean.TRUE.equals(a.accepted()) ? "Tiếp thu" : Boolean.FALSE.equals(a.accepted())
                ? "Giải trình" : "Chưa xử lý";
        return a.explanation() == null || a.explanation().isBlank() ? verdict : verdict + ": " + a.explanation();
    }
}
