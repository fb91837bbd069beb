package vn.vanthu.rendering;

/** One render went over its {@link RenderBudget} and was stopped; other renders and the server are unaffected. */
public final class RenderBudgetExceeded extends RenderFailed {

    /** Which limit the render reached. */
    public enum Limit {
        /** The wall-clock time, waiting for a turn included: the document is too long for the time budget. */
        TIME,
        /** The time budget ran out before the render's turn came: the server is busy, the document may be fine. */
        TURN,
        /** The memory the render allocated. */
        MEMORY,
        /** One paragraph's length: FOP breaks a paragraph into lines in one step that nothing can stop. */
        PARAGRAPH
    }

    private final Limit limit;

    RenderBudgetExceeded(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The limit that was reached. */
    public Limit limit() {
        return limit;
    }
}
