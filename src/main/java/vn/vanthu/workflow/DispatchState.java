package vn.vanthu.workflow;

import vn.vanthu.platform.Language;

/** Where a dispatch is in its chain, with the words a user reads for it. */
public enum DispatchState {
    DRAFTING("Đang soạn thảo", "Drafting"),
    IN_REVIEW("Đang duyệt", "In review"),
    CONSULTING("Đang xin ý kiến", "Being consulted"),
    COMPILING("Đang tổng hợp, tiếp thu ý kiến", "Compiling the comments"),
    AWAITING_SIGNATURE("Chờ lãnh đạo Sở ký", "Awaiting the director's signature"),
    SUBMISSION_SIGNED("Đã ký văn bản trình, chờ cấp số", "Submission signed, awaiting its number"),
    SUBMITTED("Văn phòng UBND tỉnh đang thẩm định", "Under review at the UBND office"),
    OFFICE_REVIEW("Chánh Văn phòng UBND tỉnh đang xem xét", "With the head of the UBND office"),
    AWAITING_UBND_SIGNATURE("Chờ lãnh đạo UBND tỉnh ký", "Awaiting the UBND leader's signature"),
    SIGNED("Đã ký, chờ cấp số", "Signed, awaiting its number"),
    ISSUED("Đã phát hành", "Issued"),
    REJECTED("Không ban hành", "Not issued");

    private final String vi;
    private final String en;

    DispatchState(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The drafter may still change the text. */
    public boolean editable() {
        return this == DRAFTING || this == COMPILING;
    }

    /** The words a user reads for this state. */
    public String label(Language language) {
        return language == Language.EN ? en : vi;
    }
}
