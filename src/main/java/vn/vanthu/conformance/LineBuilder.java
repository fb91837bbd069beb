package vn.vanthu.conformance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups a page's glyphs into lines: same baseline (±1.5 pt), sorted by x, split where a wide gap separates columns. */
final class LineBuilder {

    static final float BASELINE_TOLERANCE = 1.5f;
    /** A gap wider than this many ems is a column gap (number | date, Nơi nhận | signature), not a justified space. */
    static final float COLUMN_GAP_EM = 3f;
    static final float WORD_GAP_EM = 0.15f;
    /**
     * A narrower gap still separates columns when the style changes across it: the number (13 pt
     * upright) beside a long date (14 pt italic), a parent body beside the Party banner (bold 15 pt).
     * Justified word spaces stay well under this width.
     */
    static final float STYLED_COLUMN_GAP_EM = 1.5f;
    /** A superscript (a footnote number) is set at most this share of the size of its line. */
    static final float SUPERSCRIPT_SHARE = 0.75f;

    private LineBuilder() {
    }

    /** Builds the lines; underscore-only runs are removed from the text and added to {@code rules}. */
    static List<TextLine> build(int page, List<Glyph> glyphs, List<HRule> rules) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).baseline() - sorted.get(start).baseline() > BASELINE_TOLERANCE) {
                rows.add(new ArrayList<>(sorted.subList(start, i)));
                start = i;
            }
        }
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> row = rows.get(i);
            if (i + 1 < rows.size() && superscript(row, rows.get(i + 1))) {
                rows.get(i + 1).addAll(row); // a footnote number belongs to the line it is raised above
                continue;
            }
            row.sort(Comparator.comparingDouble(Glyph::x));
            splitColumns(page, row, lines, rules);
        }
        lines.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
        return lines;
    }

    /** Small glyphs set a little above a line and within its extent: superscripts of that line. */
    private static boolean superscript(List<Glyph> row, List<Glyph> below) {
        float size = dominantSize(row);
        float belowSize = dominantSize(below);
        float rise = below.get(0).baseline() - row.get(0).baseline();
        if (size > SUPERSCRIPT_SHARE * belowSize || rise <= 0 || rise > 0.6f * belowSize) {
            return false;
        }
        double left = below.stream().mapToDouble(Glyph::x).min().orElse(0);
        double right = below.stream().mapToDouble(Glyph::right).max().orElse(0);
        return row.stream().allMatch(g -> g.x() >= left - 2 && g.right() <= right + belowSize);
    }

    private static void splitColumns(int page, List<Glyph> row, List<TextLine> lines, List<HRule> rules) {
        int from = 0;
        for (int i = 1; i <= row.size(); i++) {
            boolean end = i == row.size();
            if (!end) {
                Glyph prev = row.get(i - 1);
                Glyph g = row.get(i);
                float gap = g.x() - prev.right();
                float em = Math.max(g.size(), prev.size());
                end = gap > COLUMN_GAP_EM * em
                        || (gap > STYLED_COLUMN_GAP_EM * em && !g.blank() && !prev.blank() && styleChanges(prev, g));
            }
            if (end) {
                toLine(page, row.subList(from, i), lines, rules);
                from = i;
            }
        }
    }

    private static boolean styleChanges(Glyph a, Glyph b) {
        return a.face().bold() != b.face().bold() || a.face().italic() != b.face().italic()
                || Math.abs(a.size() - b.size()) > 0.5f;
    }

    private static void toLine(int page, List<Glyph> run, List<TextLine> lines, List<HRule> rules) {
        List<Glyph> ink = run.stream().filter(g -> !g.blank()).toList();
        if (ink.isEmpty()) {
            return;
        }
        StringBuilder raw = new StringBuilder();
        Glyph prev = null;
        boolean space = false;
        for (Glyph g : run) {
            if (g.blank()) {
                space = prev != null;
                continue;
            }
            if (prev != null && (space || g.x() - prev.right() > WORD_GAP_EM * g.size())) {
                raw.append(' ');
            }
            raw.append(g.text());
            prev = g;
            space = false;
        }
        float left = ink.get(0).x();
        float right = (float) ink.stream().mapToDouble(Glyph::right).max().orElse(left);
        float size = dominantSize(ink);
        // the glyphs of the line's own size set its baseline: a raised footnote number does not move it
        float baseline = (float) ink.stream().filter(g -> Math.abs(g.size() - size) <= 0.5f)
                .mapToDouble(Glyph::baseline).average().orElse(ink.get(0).baseline());
        String text = raw.toString();
        if (text.replace(" ", "").matches("_{3,}")) {
            // a typed underscore run is how some producers draw the header rules
            rules.add(new HRule(left, right, baseline + 0.1f * dominantSize(ink)));
            return;
        }
        long bold = ink.stream().filter(g -> g.face().bold()).count();
        long italic = ink.stream().filter(g -> g.face().italic()).count();
        lines.add(new TextLine(page, Texts.nfc(text), Normalizer.isNormalized(text, Normalizer.Form.NFC), baseline,
                left, right, dominantSize(ink), bold * 2 > ink.size(), italic * 2 > ink.size(), ink));
    }

    /**
     * The line cut in two before glyph {@code at}: a one-line issuer set on the Quốc hiệu's baseline with
     * a gap narrower than a column gap reads as one line until the header locator cuts it.
     */
    static List<TextLine> cut(TextLine line, int at) {
        List<TextLine> parts = new ArrayList<>();
        List<HRule> ignored = new ArrayList<>();
        toLine(line.page(), line.glyphs().subList(0, at), parts, ignored);
        toLine(line.page(), line.glyphs().subList(at, line.glyphs().size()), parts, ignored);
        return parts;
    }

    /** The size most glyphs have, so one superscript or drop cap does not decide a line's size. */
    static float dominantSize(List<Glyph> ink) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Glyph g : ink) {
            counts.merge(Math.round(g.size() * 10), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 10f).orElse(0f);
    }
}
