package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits body lines into paragraphs. A paragraph is consecutive lines at the body's left edge after its first
 * line; it starts at an indented line or after a gap wider than the line pitch. Centred lines and lines at any
 * other x (tables, lists set differently) are left out and separate paragraphs.
 */
record Paragraphs(List<List<TextLine>> list, float left, float right, float pitch) {

    Paragraphs {
        list = List.copyOf(list);
    }

    static Paragraphs of(List<TextLine> body, Frame f) {
        // the edges come from long lines: table cells and short list lines would otherwise outvote them
        float wide = 0.6f * (f.textRight() - f.textLeft());
        List<TextLine> prose = body.stream().filter(l -> !heading(l, f)).toList();
        List<TextLine> longLines = prose.stream().filter(l -> l.right() - l.left() >= wide).toList();
        // with fewer than two long lines there is no evidence for the edges in the body itself: a body of one-line
        // paragraphs would make the indented first line the left edge and glue the paragraphs into one, so the
        // page's own text edges are taken
        boolean evidence = longLines.size() >= 2 && !allFirstLines(body, longLines, f);
        // a line that reaches the page's text edge marks it, however short: with few lines the long ones may all be
        // indented first lines (căn cứ and articles of a Quyết định) or last lines, and would put the edge inside
        boolean reachesLeft = prose.stream().anyMatch(l -> Math.abs(l.left() - f.textLeft()) <= Texts.pt(1));
        boolean reachesRight = prose.stream().anyMatch(l -> Math.abs(l.right() - f.textRight()) <= Texts.pt(1));
        float left = evidence && !reachesLeft ? leftEdge(longLines.stream().map(TextLine::left).toList(),
                f.textLeft()) : f.textLeft();
        float right = evidence && !reachesRight ? mode(longLines.stream().map(TextLine::right).toList(),
                f.textRight()) : f.textRight();
        float pitch = pitch(body);
        List<List<TextLine>> paras = new ArrayList<>();
        List<TextLine> current = null;
        TextLine prev = null;
        for (TextLine l : body) {
            float indent = l.left() - left;
            // a one-line paragraph indented 10 mm and ending a few mm short of the edge also sits near the middle:
            // only a line set as a heading (upper case or bold) is taken for centred
            boolean centred = heading(l, f) || (l.upper() || l.bold())
                    && Math.abs(l.centre() - (left + right) / 2) <= Texts.pt(3)
                    && indent > Texts.pt(5) && l.right() < right - Texts.pt(5);
            boolean atEdge = Math.abs(indent) <= Texts.pt(1);
            boolean indented = indent > Texts.pt(1) && indent <= Texts.pt(25);
            if (centred || !(atEdge || indented)) {
                current = null;
                prev = null;
                continue;
            }
            boolean samePage = prev != null && prev.page() == l.page();
            boolean gap = samePage && l.baseline() - prev.baseline() > pitch + 2;
            if (current == null || indented || gap) {
                current = new ArrayList<>();
                paras.add(current);
            }
            current.add(l);
            prev = l;
        }
        return new Paragraphs(paras, left, right, inside(paras, pitch));
    }

    /**
     * A heading set centred on the page, upper case or bold: a Quyết định's authority line, its "QUYẾT ĐỊNH:", a
     * chapter's title. Not a paragraph, nor evidence of where the paragraphs' edges are.
     */
    private static boolean heading(TextLine l, Frame f) {
        return f.centred(l, Texts.pt(3)) && (l.upper() || l.bold());
    }

    /**
     * Whether every long line is the indented first line of a one-line paragraph: they all start one paragraph
     * indent (10 or 12.7 mm) right of the page's text edge, and no body line starts at that edge.
     */
    private static boolean allFirstLines(List<TextLine> body, List<TextLine> longLines, Frame f) {
        boolean noneAtEdge = body.stream().noneMatch(l -> Math.abs(l.left() - f.textLeft()) <= Texts.pt(1));
        return noneAtEdge && longLines.stream().allMatch(l -> {
            float indent = Texts.mm(l.left() - f.textLeft());
            return Math.abs(indent - 10) <= 0.5f || Math.abs(indent - 12.7f) <= 0.5f;
        });
    }

    /**
     * The pitch as the lines inside paragraphs show it; zero (unknown) when every paragraph is one line, since
     * then each step is a line plus the paragraph spacing and the two cannot be told apart.
     */
    private static float inside(List<List<TextLine>> paras, float estimate) {
        boolean measured = paras.stream().anyMatch(p -> p.size() >= 2 && p.get(0).page() == p.get(1).page());
        return measured ? estimate : 0;
    }

    /**
     * The normal line pitch: the smallest baseline step between body lines on one page (steps under 0.9 em
     * are not line steps). Not a quartile: in a Giấy giới thiệu nearly every line is a paragraph of its own,
     * and a step inside a paragraph may occur only once.
     */
    private static float pitch(List<TextLine> body) {
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            TextLine a = body.get(i - 1);
            TextLine b = body.get(i);
            float step = b.baseline() - a.baseline();
            if (a.page() == b.page() && step >= 0.9f * b.size() && step <= 3f * b.size()) {
                steps.add(step);
            }
        }
        if (steps.isEmpty()) {
            return 0;
        }
        steps.sort(Float::compare);
        float q = steps.get(0);
        return (float) steps.stream().filter(s -> Math.abs(s - q) <= 1).mapToDouble(Float::doubleValue)
                .average().orElse(q);
    }

    /**
     * The body's left edge: the leftmost x that a fair share (≥ 10 %) of long lines start at. Not the
     * most common x, because in short paragraphs the indented first lines can outnumber the rest.
     */
    static float leftEdge(List<Float> lefts, float fallback) {
        Map<Integer, Integer> counts = new HashMap<>();
        lefts.forEach(v -> counts.merge(Math.round(v * 2), 1, Integer::sum));
        int needed = Math.max(2, lefts.size() / 10);
        return counts.entrySet().stream().filter(e -> e.getValue() >= needed).map(Map.Entry::getKey)
                .min(Integer::compare).map(k -> k / 2f).orElse(mode(lefts, fallback));
    }

    /** The most common value (to 0.5 pt); ties go to the smaller value. */
    static float mode(List<Float> values, float fallback) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(Math.round(v * 2), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()))
                .map(e -> e.getKey() / 2f).orElse(fallback);
    }
}
