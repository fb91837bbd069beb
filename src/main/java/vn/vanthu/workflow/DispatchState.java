package vn.vanthu.workflow;

/** Where a dispatch is in its chain. */
public enum DispatchState {
    DRAFTING, IN_REVIEW, CONSULTING, AWAITING_SIGNATURE, SUBMITTED, AWAITING_UBND_SIGNATURE, SIGNED, ISSUED, REJECTED;

    /** The drafter may still change the text. */
    public boolean editable() {
        return this == DRAFTING;
    }
}
