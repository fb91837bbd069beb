package vn.vanthu.document.markup;

import java.util.List;

import vn.vanthu.document.markup.Block.Heading;
import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;

/** Short constructors for expected blocks in the markup tests. */
final class Blocks {

    private Blocks() {
    }

    static Run plain(String text) {
        return new Run(text, false, false);
    }

    static Run bold(String text) {
        return new Run(text, true, false);
    }

    static Run italic(String text) {
        return new Run(text, false, true);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph("", false, List.of(plain(text)));
    }

    static Paragraph item(String label, String text) {
        return new Paragraph(label, false, List.of(plain(text)));
    }

    static Paragraph article(String label, String text) {
        return new Paragraph(label, true, text.isEmpty() ? List.of() : List.of(plain(text)));
    }

    static Heading heading(int level, String label, String text) {
        return new Heading(level, label, List.of(plain(text)));
    }
}
