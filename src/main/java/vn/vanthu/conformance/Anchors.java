package vn.vanthu.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Where electronic signing writes on a rendered dispatch: the blank of the number (ô 3), the blank of
 * the day (ô 4) and the space between the signer's titles and name (ô 7c), located as the checker reads
 * the PDF, and the date line as printed. Boxes are in points from the top-left corner of the page's crop box.
 */
public record Anchors(Box number, Box day, Box signature, String dateLine, float pageWidth, float pageHeight) {

    /** A rectangle on a page; {@code baseline} and {@code size} describe the text line it sits on. */
    public record Box(int page, float left, float top, float right, float bottom, float baseline, float size) {

        public float width() {
            return right - left;
        }

        public float height() {
            return bottom - top;
        }

        public float centreX() {
            return (left + right) / 2;
        }
    }

    /** Locates the anchors; a box the document does not have (a number already filled in) is null. */
    public static Anchors locate(byte[] pdf) {
        // the version was checked when it was stored: its pages are usually still there
        List<Page> pages = ReadPages.recall(pdf);
        if (pages == null) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = PdfReader.read(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Layout layout = Layout.of(pages, false);
        Page first = layout.frame().page(1);
        TextLine date = layout.header().date();
        return new Anchors(number(layout.header().number()), day(date), signature(layout.closing()),
                date == null ? null : date.text(), first.width(), first.height());
    }

    /** "Số:" then the blank, then "/": the blank runs from one space after the colon up to the slash. */
    private static Box number(TextLine line) {
        if (line == null) {
            return null;
        }
        List<Glyph> g = line.glyphs();
        Glyph colon = g.stream().filter(x -> x.text().equals(":")).findFirst().orElse(null);
        Glyph slash = g.stream().filter(x -> x.text().equals("/")).findFirst().orElse(null);
        if (colon == null || slash == null || g.indexOf(slash) != g.indexOf(colon) + 1) {
            return null;
        }
        float space = 0.25f * line.size();
        return box(line, colon.right() + space, slash.x());
    }

    /** "ngày", the blank, "tháng": the blank between the words, one space kept on each side. */
    private static Box day(TextLine line) {
        if (line == null) {
            return null;
        }
        List<Glyph> g = line.glyphs();
        StringBuilder text = new StringBuilder();
        for (Glyph x : g) {
            text.append(x.text());
        }
        int at = text.indexOf("ngàytháng");
        if (at < 0 || text.length() != g.size()) {
            return null;
        }
        Glyph y = g.get(at + 3);
        Glyph t = g.get(at + 4);
        float space = 0.25f * line.size();
        return box(line, y.right() + space, t.x() - space);
    }

    private static Box box(TextLine line, float left, float right) {
        return new Box(line.page(), left, line.baseline() - 0.9f * line.size(), right,
                line.baseline() + 0.3f * line.size(), line.baseline(), line.size());
    }

    /** From under the last title line to the top of the name, as wide as the signature column. */
    private static Box signature(Closing c) {
        if (c.titles().isEmpty() || c.name() == null) {
            return null;
        }
        TextLine last = c.titles().get(c.titles().size() - 1);
        TextLine name = c.name();
        float left = Math.min(name.left(), (float) c.titles().stream().mapToDouble(TextLine::left).min().orElse(0));
        float right = Math.max(name.right(), (float) c.titles().stream().mapToDouble(TextLine::right).max().orElse(0));
        float centre = c.authority().centre();
        float half = Math.max(centre - left, right - centre);
        return new Box(c.page(), centre - half, last.bottom(), centre + half, name.top(), name.baseline(), name.size());
    }
}
