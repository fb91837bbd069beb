package vn.vanthu.workflow;

import vn.vanthu.platform.Language;
import static vn.vanthu.workflow.Decision.AGREE;
import static vn.vanthu.workflow.Decision.APPROVE;
import static vn.vanthu.workflow.Decision.COMMENT;
import static vn.vanthu.workflow.Decision.ISSUE;
import static vn.vanthu.workflow.Decision.REJECT;
import static vn.vanthu.workflow.Decision.RETURN;
import static vn.vanthu.workflow.Decision.SIGN;
import static vn.vanthu.workflow.Decision.SUBMIT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The user steps of both chains: the BPMN id, the words users read, the decisions offered, who acts
 * and which document the decision applies to. The BPMN files are held to this list by a test.
 */
public enum Step {
    SOAN_THAO("soan-thao", "Soạn thảo, hoàn thiện dự thảo", "Draft", Actor.DRAFTER, DocumentKind.MAIN, SUBMIT),
    TRUONG_PHONG_DUYET("truong-phong-duyet", "Trưởng phòng duyệt", "Head of unit reviews",
            Actor.group("truongphong", Whose.OWN), DocumentKind.MAIN, APPROVE, RETURN),
    LANH_DAO_SO_KY("lanh-dao-so-ky", "Lãnh đạo Sở ký", "The Sở's director signs", Actor.SIGNER,
            DocumentKind.MAIN, SIGN, RETURN, REJECT),
    VAN_THU_SO_PHAT_HANH("van-thu-so-phat-hanh", "Văn thư Sở cấp số, phát hành", "The Sở's clerk numbers and issues",
            Actor.group("vanthu", Whose.OWN), DocumentKind.MAIN, ISSUE, RETURN),
    CHO_Y_KIEN("cho-y-kien", "Cơ quan được hỏi cho ý kiến", "A consulted agency answers",
            Actor.group("lanhdao", Whose.CONSULTED), DocumentKind.MAIN, AGREE, COMMENT),
    TONG_HOP_Y_KIEN("tong-hop-y-kien", "Tổng hợp, tiếp thu, giải trình ý kiến", "Compile the comments",
            Actor.DRAFTER, DocumentKind.MAIN, SUBMIT),
    LANH_DAO_SO_KY_TO_TRINH("lanh-dao-so-ky-to-trinh", "Lãnh đạo Sở ký văn bản trình",
            "The Sở's director signs the submission", Actor.SUBMISSION_SIGNER, DocumentKind.SUBMISSION,
            SIGN, RETURN, REJECT),
    VAN_THU_SO_CAP_SO("van-thu-so-cap-so", "Văn thư Sở cấp số văn bản trình", "The Sở's clerk numbers the submission",
            Actor.group("vanthu", Whose.OWN), DocumentKind.SUBMISSION, ISSUE, RETURN),
    VP_UBND_THAM_DINH("vp-ubnd-tham-dinh", "Văn phòng UBND thẩm định", "The UBND office reviews",
            Actor.group("chuyenvien", Whose.UBND), DocumentKind.MAIN, APPROVE, RETURN),
    CHANH_VAN_PHONG_DUYET("chanh-van-phong-duyet", "Chánh Văn phòng UBND trình ký",
            "The head of the UBND office submits for signature", Actor.group("chanhvanphong", Whose.UBND),
            DocumentKind.MAIN, APPROVE, RETURN),
    LANH_DAO_UBND_KY("lanh-dao-ubnd-ky", "Lãnh đạo UBND tỉnh ký", "A UBND leader signs", Actor.SIGNER,
            DocumentKind.MAIN, SIGN, RETURN, REJECT),
    VAN_THU_UBND_PHAT_HANH("van-thu-ubnd-phat-hanh", "Văn thư UBND cấp số, phát hành",
            "The UBND clerk numbers and issues", Actor.group("vanthu", Whose.UBND), DocumentKind.MAIN, ISSUE, RETURN);

    /** Whose role group offers a step: the drafting Sở's, UBND tỉnh's, or the consulted agency's. */
    public enum Whose { OWN, UBND, CONSULTED }

    /** Who acts: the drafter, the designated signer of the document or submission, or a role group. */
    public record Actor(String kind, String roleGroup, Whose whose) {
        static final Actor DRAFTER = new Actor("drafter", null, null);
        static final Actor SIGNER = new Actor("signer", null, null);
        static final Actor SUBMISSION_SIGNER = new Actor("submission-signer", null, null);

        static Actor group(String roleGroup, Whose whose) {
            return new Actor("group", roleGroup, whose);
        }

        /** True when the step is offered to a Camunda group rather than assigned to one person. */
        public boolean isGroup() {
            return roleGroup != null;
        }
    }

    private final String id;
    private final String vi;
    private final String en;
    private final Actor actor;
    private final DocumentKind subject;
    private final List<Decision> decisions;

    Step(String id, String vi, String en, Actor actor, DocumentKind subject, Decision... decisions) {
        this.id = id;
        this.vi = vi;
        this.en = en;
        this.actor = actor;
        this.subject = subject;
        this.decisions = List.of(decisions);
    }

    /** The BPMN id of the user task. */
    public String id() {
        return id;
    }

    /** The step's name in the user's language. */
    public String label(Language language) {
        return language == Language.EN ? en : vi;
    }

    /** Who acts at this step. */
    public Actor actor() {
        return actor;
    }

    /** The document the decision applies to. */
    public DocumentKind subject() {
        return subject;
    }

    /** The decisions offered, in the order a form shows them. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** Signing steps: the decision "sign" applies to a copy presented for signature. */
    public boolean signs() {
        return decisions.contains(SIGN);
    }

    /** The văn thư's steps: the decision "issue" gives a number. */
    public boolean issues() {
        return decisions.contains(ISSUE);
    }

    /** The step with this BPMN id. */
    public static Optional<Step> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
