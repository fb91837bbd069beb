package vn.vanthu.rendering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A PDF read back as lines: the glyphs of one page on one baseline (±1 pt), left to right, with the
 * position of the first glyph and the size most of them have; a gap wider than a space becomes a blank.
 */
record PdfLines(List<Line> lines) {

    /** One line as drawn: its page, baseline y (top-down), left and right x and size in points, its text. */
    record Line(int page, float y, float x, float right, float size, String text) {
    }

    static PdfLines read(byte[] pdf) throws IOException {
        List<PdfGlyphs.Glyph> glyphs = new ArrayList<>(PdfGlyphs.read(pdf).glyphs());
        glyphs.sort(Comparator.comparingInt(PdfGlyphs.Glyph::page).thenComparingDouble(PdfGlyphs.Glyph::y)
                .thenComparingDouble(PdfGlyphs.Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<PdfGlyphs.Glyph> row = new ArrayList<>();
        for (PdfGlyphs.Glyph g : glyphs) {
            if (!row.isEmpty() && (g.page() != row.get(0).page() || Math.abs(g.y() - row.get(0).y()) > 1)) {
                lines.add(line(row));
                row.clear();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            lines.add(line(row));
        }
        return new PdfLines(lines);
    }

    private static Line line(List<PdfGlyphs.Glyph> row) {
        row.sort(Comparator.comparingDouble(PdfGlyphs.Glyph::x));
        StringBuilder text = new StringBuilder();
        PdfGlyphs.Glyph previous = null;
        for (PdfGlyphs.Glyph g : row) {
            if (previous != null && g.x() - (previous.x() + previous.width()) > 0.15f * g.size()
                    && !text.toString().endsWith(" ")) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        float size = row.stream().map(PdfGlyphs.Glyph::size).max(Float::compare).orElse(0f);
        PdfGlyphs.Glyph last = row.get(row.size() - 1);
        return new Line(row.get(0).page(), row.get(0).y(), row.get(0).x(), last.x() + last.width(), size,
                text.toString().replaceAll(" +", " ").strip());
    }

    /** The lines of one page, top down. */
    List<Line> page(int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }

    /** Number of pages that carry at least one line. */
    int pages() {
        return lines.stream().mapToInt(Line::page).max().orElse(0);
    }

    /** The first line containing the text. */
    Optional<Line> find(String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst();
    }

    /** The first line containing the text; fails the test when there is none. */
    Line get(String text) {
        return find(text).orElseThrow(() -> new AssertionError("no line with \"" + text + "\" in " + texts()));
    }

    /** The first line that is exactly the text; fails the test when there is none. */
    Line exactly(String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + text + "\" in " + texts()));
    }

    List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }
}
