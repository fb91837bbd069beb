package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.conformance.Finding.Status;

/** Body text (ô 6): size, justification, first-line indent, paragraph spacing, line pitch, end mark (PL I, II.6). */
final class BodyRules {

    /** Share of measured items that must conform: real documents carry tables and odd lines. */
    private static final double MAJORITY = 0.90;
    /** Single spacing of Times New Roman in em; 0.95 admits producers that set ascent + descent only. */
    private static final float SINGLE_EM = 1.15f;

    private BodyRules() {
    }

    static void check(Layout layout, Findings out) {
        Profile p = layout.profile();
        String clause = p.clause("PL I, II.6", "HD 36, nội dung văn bản");
        List<TextLine> body = layout.body();
        if (body.isEmpty()) {
            for (String id : List.of("BODY-SIZE", "BODY-JUSTIFY", "BODY-INDENT", "BODY-SPACING", "BODY-PITCH")) {
                out.skip(id, clause, "no body lines found");
            }
            out.add("BODY-ENDMARK", "PL III, Mẫu 1.4–1.5", Status.WARN, "no body lines found", "./.", 0);
            return;
        }
        // table cells are not paragraphs: they neither set the body size nor are measured as paragraphs
        List<TextLine> prose = body.stream().filter(l -> !inTable(l, layout.frame())).toList();
        float size = textSize(prose.size() >= FEW ? prose : body);
        share(out, "BODY-SIZE", clause, Texts.fmtPt(size), body.stream().filter(l -> p.body().holds(l.size())).count(),
                body.size(), "lines", p.body() + " on ≥ 90 % of lines");
        // paragraph geometry is measured on lines of the body size: tables set smaller are not paragraphs
        Paragraphs paras = Paragraphs.of(prose.stream().filter(l -> Math.abs(l.size() - size) <= 0.5f).toList(),
                layout.frame());
        Map<TextLine, Integer> order = new IdentityHashMap<>();
        body.forEach(l -> order.put(l, order.size()));
        List<Float> indents = new ArrayList<>();
        int justified = 0, nonLast = 0, spaced = 0, gaps = 0;
        float minExtra = Float.MAX_VALUE;
        List<TextLine> previous = null;
        for (List<TextLine> para : paras.list()) {
            float indent = para.get(0).left() - paras.left();
            if (indent > Texts.pt(1)) {
                indents.add(Texts.mm(indent));
            }
            for (TextLine l : para.subList(0, para.size() - 1)) {
                if (l.text().strip().indexOf(' ') < 0) {
                    continue; // one word (a piece of a long web address): no space to stretch, so no justifying
                }
                nonLast++;
                justified += Math.abs(l.right() - paras.right()) <= Texts.pt(1.5f) ? 1 : 0;
            }
            TextLine last = previous == null ? null : previous.get(previous.size() - 1);
            if (last != null && paras.pitch() > 0 && last.page() == para.get(0).page()
                    && order.get(para.get(0)) == order.get(last) + 1) {
                float extra = para.get(0).baseline() - last.baseline() - paras.pitch();
                gaps++;
                spaced += extra >= 5.5f ? 1 : 0;
                minExtra = Math.min(minExtra, extra);
            }
            previous = para;
        }
        share(out, "BODY-JUSTIFY", clause, "right edge " + Texts.fmtMm(paras.right()), justified, nonLast,
                "non-last lines", "non-last lines end at the right edge ±1.5 mm on ≥ 90 %");
        long goodIndents = indents.stream().filter(i -> Math.abs(i - 10) <= 0.5f || Math.abs(i - 12.7f) <= 0.5f).count();
        share(out, "BODY-INDENT", clause, Texts.fmt("%.1f mm", Paragraphs.mode(indents, 0)), goodIndents,
                indents.size(), "indented paragraphs", "10 or 12.7 mm ±0.5 on ≥ 90 %");
        share(out, "BODY-SPACING", clause, Texts.fmt("min %.1f pt", minExtra), spaced, gaps, "paragraph gaps",
                "≥ 6 pt (−0.5) on ≥ 90 %");
        if (paras.pitch() == 0) {
            out.skip("BODY-PITCH", clause, "no paragraph of two lines on one page");
        } else {
            float ratio = paras.pitch() / (size * SINGLE_EM);
            out.verdict(ratio >= 0.95f && ratio <= 1.52f, "BODY-PITCH", clause, Texts.fmt("pitch %.1f pt, ratio %.2f",
                    paras.pitch(), ratio), "1.0–1.5 × single (1.15 em)", body.get(0).page());
        }
        endMark(body, out);
    }

    /** The size most of the body's characters are set in: long paragraph lines outweigh short lines. */
    private static float textSize(List<TextLine> lines) {
        Map<Integer, Integer> chars = new java.util.HashMap<>();
        lines.forEach(l -> chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }

    /**
     * Whether a line sits in a ruled table: a rule over part of its width close above it and another close
     * below it (cell borders), within three of its line heights. In a statistics report the tables can
     * hold more characters than the prose around them, and their rows are not justified paragraphs.
     */
    private static boolean inTable(TextLine line, Frame frame) {
        float reach = 4 * line.size();
        boolean above = false;
        boolean below = false;
        for (HRule rule : frame.page(line.page()).rules()) {
            if (rule.x2() > line.left() && rule.x1() < line.right()) {
                float dy = rule.y() - line.baseline();
                above |= dy < -line.size() * 0.6f && dy > -reach;
                below |= dy > 0 && dy < reach;
            }
        }
        return above && below;
    }

    /** Below this many lines or paragraphs a share is not evidence enough to fail a document. */
    private static final int FEW = 3;

    private static void share(Findings out, String id, String clause, String value, long ok, long total,
            String what, String expected) {
        if (total == 0) {
            out.skip(id, clause, "no " + what + " to measure");
            return;
        }
        String measured = Texts.fmt("%s (%.0f %% of %d %s)", value, 100.0 * ok / total, total, what);
        if (total < FEW && ok < MAJORITY * total) {
            // one or two lines cannot tell a layout rule from a clerk's forced line break
            out.add(id, clause, Status.WARN, measured + ", too few to judge", expected, 0);
            return;
        }
        out.verdict(ok >= MAJORITY * total, id, clause, measured, expected, 0);
    }

    /** "./." closes the body in every Mẫu of PL III; a convention, not a stated rule, hence WARN. */
    private static void endMark(List<TextLine> body, Findings out) {
        List<TextLine> tail = body.subList(Math.max(0, body.size() - 3), body.size());
        TextLine mark = tail.stream().filter(l -> l.text().endsWith("./.")).findFirst().orElse(null);
        String clause = "PL III, Mẫu 1.4–1.5 (template)";
        out.add("BODY-ENDMARK", clause, mark != null ? Status.PASS : Status.WARN,
                mark != null ? "ends with \"./.\"" : "last line " + Texts.quote(body.get(body.size() - 1).text()),
                "body ends with \"./.\"", body.get(body.size() - 1).page());
    }
}
