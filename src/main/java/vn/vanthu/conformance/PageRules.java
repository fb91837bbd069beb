package vn.vanthu.conformance;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Paper size and orientation, margins, fonts and text encoding (PL I, Phần I, I.1–I.4). */
final class PageRules {

    private static final float A4_W = Texts.pt(210);
    private static final float A4_H = Texts.pt(297);

    private PageRules() {
    }

    /** {@code landscape}: every page may lie across (a register's columns), not only an appendix's. */
    static void check(Layout layout, Findings out, boolean landscape) {
        Frame f = layout.frame();
        Profile p = layout.profile();
        paper(f, p, out, landscape);
        blank(f, p, out);
        margins(f, p, out);
        fonts(f, p, out);
    }

    private static void paper(Frame f, Profile p, Findings out, boolean landscapeAllowed) {
        String clause = p.clause("PL I, I.1–I.2", "HD 36, khổ giấy");
        String expected = landscapeAllowed ? "A4 210×297 mm ±1 mm, either way" : "A4 portrait 210×297 mm ±1 mm";
        for (Page page : f.pages()) {
            boolean appendix = page.number() > f.mainPages();
            boolean portrait = near(page.width(), A4_W) && near(page.height(), A4_H);
            boolean landscape = near(page.width(), A4_H) && near(page.height(), A4_W);
            if (!portrait && !(landscape && (appendix || landscapeAllowed))) {
                out.verdict(false, "PAGE-SIZE", clause, size(page), expected
                        + (landscapeAllowed ? "" : " (landscape only in appendices)"), page.number());
                return;
            }
        }
        String measured = f.pages().isEmpty() ? "no pages" : size(f.page(1)) + ", " + f.pages().size() + " page(s)";
        out.verdict(!f.pages().isEmpty(), "PAGE-SIZE", clause, measured, expected, 0);
    }

    /** No page without text below the top band: a page holding only its number is a layout fault. */
    private static void blank(Frame f, Profile p, Findings out) {
        String clause = p.clause("PL I, I.7 (every page carries text)", "HD 36, đánh số trang");
        int empty = 0;
        int count = 0;
        for (Page page : f.pages()) {
            if (page.lines().stream().allMatch(Frame::band)) {
                count++;
                empty = empty == 0 ? page.number() : empty;
            }
        }
        out.verdict(count == 0, "PAGE-BLANK", clause, count == 0 ? "no blank page"
                : count + " blank page(s), first p. " + empty, "no page without text", empty);
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= Texts.pt(1);
    }

    private static String size(Page page) {
        return Texts.fmt("%.1f×%.1f mm", Texts.mm(page.width()), Texts.mm(page.height()));
    }

    /** Smallest distance of any non-band text to each edge, over all pages. */
    private static void margins(Frame f, Profile p, Findings out) {
        float left = Float.MAX_VALUE, right = Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = Float.MAX_VALUE;
        int worst = 0;
        float tol = Texts.pt(0.5f);
        for (Page page : f.pages()) {
            for (TextLine l : page.lines()) {
                if (Frame.band(l)) {
                    continue;
                }
                left = Math.min(left, l.left());
                right = Math.min(right, page.width() - l.right());
                top = Math.min(top, l.top());
                bottom = Math.min(bottom, page.height() - l.bottom());
                boolean bad = l.left() < Texts.pt(30) - tol || page.width() - l.right() < Texts.pt(15) - tol
                        || l.top() < Texts.pt(20) - tol || page.height() - l.bottom() < Texts.pt(20) - tol;
                if (bad && worst == 0) {
                    worst = page.number();
                }
            }
        }
        String clause = p.clause("PL I, I.3", "HD 36, định lề trang");
        if (left == Float.MAX_VALUE) {
            out.skip("PAGE-MARGINS", clause, "no text");
            return;
        }
        out.verdict(worst == 0, "PAGE-MARGINS", clause, Texts.fmt("left %.1f, right %.1f, top %.1f, bottom %.1f mm",
                Texts.mm(left), Texts.mm(right), Texts.mm(top), Texts.mm(bottom)),
                "left ≥ 30, right ≥ 15, top ≥ 20, bottom ≥ 20 mm (±0.5)", worst);
    }

    private static void fonts(Frame f, Profile p, Findings out) {
        Set<Face> faces = new LinkedHashSet<>();
        long lines = 0;
        long notNfc = 0;
        int firstBad = 0;
        for (Page page : f.pages()) {
            for (TextLine l : page.lines()) {
                l.glyphs().forEach(g -> faces.add(g.face()));
                lines++;
                if (!l.nfc()) {
                    notNfc++;
                    firstBad = firstBad == 0 ? page.number() : firstBad;
                }
            }
        }
        String clause = p.clause("PL I, I.4", "HD 36, phông chữ");
        Set<String> unembedded = faces.stream().filter(x -> !x.embedded()).map(Face::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> foreign = faces.stream().filter(x -> !x.timesFamily()).map(Face::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> all = faces.stream().map(Face::name).collect(Collectors.toCollection(LinkedHashSet::new));
        out.verdict(unembedded.isEmpty(), "FONT-EMBEDDED", clause,
                unembedded.isEmpty() ? all.size() + " font(s) embedded" : "not embedded: " + String.join(", ", unembedded),
                "all fonts embedded", 0);
        out.verdict(foreign.isEmpty() && !all.isEmpty(), "FONT-FAMILY", clause,
                foreign.isEmpty() ? String.join(", ", all) : "other family: " + String.join(", ", foreign),
                "Times New Roman or metric twin (Times, Liberation Serif, Tinos)", 0);
        out.verdict(notNfc == 0, "TEXT-NFC", p.clause("PL I, I.4 (TCVN 6909:2001)", "HD 36, TCVN 6909:2001"),
                Texts.fmt("%d of %d lines not NFC", notNfc, lines), "Unicode NFC", firstBad);
    }
}
