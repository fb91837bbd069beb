package vn.vanthu.workflow.dispatch;

import java.util.Map;
import vn.vanthu.document.Mode;
import vn.vanthu.platform.Language;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Step;

/** The words users read for steps, modes and actors: every label the forms show comes from here. */
public final class Labels {

    private static final Map<String, String[]> SYSTEM_STEPS = Map.of(
            Chains.CAP_SO_PHAT_HANH, new String[] {"Cấp số, ngày và phát hành", "Numbered and issued"},
            Chains.CAP_SO_TO_TRINH, new String[] {"Cấp số văn bản trình, gửi UBND tỉnh", "Submission numbered and sent"},
            Chains.LAP_BANG_TONG_HOP, new String[] {"Lập bảng tổng hợp ý kiến", "Summary of the comments drawn up"},
            Chains.DAT_HAN_Y_KIEN, new String[] {"Gửi xin ý kiến, đặt hạn", "Sent for comments with a deadline"},
            Chains.HET_HAN_Y_KIEN, new String[] {"Hết hạn cho ý kiến", "Deadline for comments passed"});

    private Labels() {
    }

    /** A step's name, user step or system step; an unknown id is shown as it is. */
    public static String step(String id, Language language) {
        return Step.of(id).map(s -> s.label(language)).orElseGet(() -> {
            String[] words = SYSTEM_STEPS.get(id);
            return words == null ? id : words[language == Language.EN ? 1 : 0];
        });
    }

    /** "Dự thảo", "Bản trình ký", "Bản phát hành". */
    public static String mode(String mode, Language language) {
        Mode m = Mode.valueOf(mode);
        boolean en = language == Language.EN;
        return switch (m) {
            case DRAFT -> en ? "Draft" : "Dự thảo";
            case FOR_SIGNATURE -> en ? "Copy for signature" : "Bản trình ký";
            case FINAL -> en ? "Issued" : "Bản phát hành";
        };
    }

    /** The actor of a system step ("system") in words. */
    public static String system(Language language) {
        return language == Language.EN ? "vanthu (automatic)" : "Hệ thống vanthu (tự động)";
    }
}
