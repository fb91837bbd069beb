package vn.vanthu.rendering;

import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Mode;

/** Turns a dispatch into a Decree 30 PDF/A-2b; thread-safe, build one and share it. */
public final class DocumentRenderer {

    /** A renderer with the bundled templates and fonts. */
    public static DocumentRenderer create() {
        return new DocumentRenderer();
    }

    /** Renders the dispatch in the given mode; throws InvalidDispatch listing every bad field. */
    public byte[] render(Dispatch dispatch, Mode mode) {
        throw new UnsupportedOperationException("being written");
    }
}
