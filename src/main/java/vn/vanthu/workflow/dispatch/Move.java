package vn.vanthu.workflow.dispatch;

import static vn.vanthu.workflow.DispatchState.AWAITING_SIGNATURE;
import static vn.vanthu.workflow.DispatchState.AWAITING_UBND_SIGNATURE;
import static vn.vanthu.workflow.DispatchState.COMPILING;
import static vn.vanthu.workflow.DispatchState.CONSULTING;
import static vn.vanthu.workflow.DispatchState.DRAFTING;
import static vn.vanthu.workflow.DispatchState.IN_REVIEW;
import static vn.vanthu.workflow.DispatchState.ISSUED;
import static vn.vanthu.workflow.DispatchState.OFFICE_REVIEW;
import static vn.vanthu.workflow.DispatchState.REJECTED;
import static vn.vanthu.workflow.DispatchState.SIGNED;
import static vn.vanthu.workflow.DispatchState.SUBMISSION_SIGNED;
import static vn.vanthu.workflow.DispatchState.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import vn.vanthu.workflow.ChainProblem.NotInThatState;
import vn.vanthu.workflow.DispatchState;

/**
 * The dispatch's lifecycle as one table: each move names the states it may leave, the state it reaches (none
 * for a step that only needs the case where it is) and the action, in the words a refusal gives the user.
 */
enum Move {
    START(null, "trình theo quy trình", DRAFTING),
    SUBMIT_FOR_REVIEW(IN_REVIEW, "trình duyệt", DRAFTING),
    RETURN(DRAFTING, "trả lại", IN_REVIEW, CONSULTING, AWAITING_SIGNATURE, SUBMITTED, OFFICE_REVIEW,
            AWAITING_UBND_SIGNATURE),
    CONSULT(CONSULTING, "xin ý kiến", IN_REVIEW),
    COMPILE(COMPILING, "tổng hợp ý kiến", CONSULTING),
    AWAIT_SIGNATURE(AWAITING_SIGNATURE, "trình ký", IN_REVIEW, COMPILING),
    PREPARE_SUBMISSION(null, "lập văn bản trình", AWAITING_SIGNATURE),
    SIGN_SUBMISSION(SUBMISSION_SIGNED, "ký văn bản trình", AWAITING_SIGNATURE),
    SUBMIT_TO_UBND(SUBMITTED, "trình UBND tỉnh", SUBMISSION_SIGNED),
    TO_HEAD_OF_OFFICE(OFFICE_REVIEW, "chuyển Chánh Văn phòng", SUBMITTED),
    BACK_TO_OFFICE_REVIEWER(SUBMITTED, "trả lại chuyên viên Văn phòng", OFFICE_REVIEW),
    AWAIT_UBND_SIGNATURE(AWAITING_UBND_SIGNATURE, "trình lãnh đạo UBND ký", OFFICE_REVIEW),
    PREPARE_FOR_SIGNATURE(null, "trình ký", AWAITING_SIGNATURE, AWAITING_UBND_SIGNATURE),
    SIGN(SIGNED, "ký", AWAITING_SIGNATURE, AWAITING_UBND_SIGNATURE),
    SUBMISSION_BACK_TO_SIGNER(AWAITING_SIGNATURE, "trả lại người ký", SUBMISSION_SIGNED),
    BACK_TO_SO_SIGNER(AWAITING_SIGNATURE, "trả lại người ký", SIGNED),
    BACK_TO_UBND_SIGNER(AWAITING_UBND_SIGNATURE, "trả lại người ký", SIGNED),
    ISSUE(ISSUED, "cấp số, phát hành", SIGNED),
    REJECT(REJECTED, "không ký", AWAITING_SIGNATURE, AWAITING_UBND_SIGNATURE);

    private final DispatchState to;
    private final String action;
    private final Set<DispatchState> from;

    Move(DispatchState to, String action, DispatchState first, DispatchState... others) {
        this.to = to;
        this.action = action;
        this.from = EnumSet.of(first, others);
    }

    /** Where the move leads from {@code state}; refused, with the action named, from any state it may not leave. */
    DispatchState from(DispatchState state) {
        if (!from.contains(state)) {
            throw new NotInThatState(state, action);
        }
        return to == null ? state : to;
    }
}
