package vn.vanthu.rendering;

/** The layout engine could not produce a correct PDF (a missing glyph, a substituted font, a FOP error). */
public class RenderFailed extends RuntimeException {

    public RenderFailed(String message) {
        super(message);
    }

    public RenderFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
