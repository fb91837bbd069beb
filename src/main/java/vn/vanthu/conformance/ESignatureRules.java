package vn.vanthu.conformance;

import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The electronic-document rules a signed PDF shows (Phụ lục I, II.7.d, II.8; spec §11): the signer's image
 * blue and centred between the titles and the name, the seal red, about actual size, over the left third
 * of the signer's image, and the 10 pt information line of an appendix signed in a separate file.
 */
final class ESignatureRules {

    private static final String SIGN_CLAUSE = "PL I, II.7.d";
    private static final String SEAL_CLAUSE = "PL I, II.8.a";
    private static final String APPENDIX_CLAUSE = "PL I, II.8.b";
    private static final Pattern ISO_TIME =
            Pattern.compile(".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00.*");

    private ESignatureRules() {
    }

    static void check(Layout layout, Findings out) {
        List<Widget> signed = layout.frame().pages().stream().flatMap(p -> p.widgets().stream())
                .filter(w -> w.signature() && w.filled()).toList();
        if (signed.isEmpty()) {
            return;
        }
        Closing c = layout.closing();
        Widget signer = c.name() == null ? null : signed.stream()
                .filter(w -> w.page() == c.page() && w.top() >= c.titles().get(c.titles().size() - 1).baseline() - 2
                        && w.bottom() <= c.name().baseline() + 2)
                .findFirst().orElse(null);
        if (signer != null) {
            signer(layout, c, signer, out);
            // the seal: the nearest other signature on that page, wherever a careless tool put it
            signed.stream().filter(w -> w != signer && w.page() == signer.page())
                    .min((a, b) -> Float.compare(distance(a, signer), distance(b, signer)))
                    .ifPresent(seal -> seal(signer, seal, out));
        }
        Widget appendix = signed.stream().filter(w -> w.page() == 1 && w.bottom() <= Frame.TOP_MARGIN + 5
                && w.left() >= layout.frame().mid()).findFirst().orElse(null);
        if (appendix != null) {
            appendix(layout, appendix, out);
        }
    }

    private static void signer(Layout layout, Closing c, Widget w, Findings out) {
        TextLine last = c.titles().get(c.titles().size() - 1);
        float gapTop = last.bottom();
        float gapBottom = c.name().top();
        float vertical = w.centreY() - (gapTop + gapBottom) / 2;
        out.verdict(Math.abs(vertical) <= Texts.pt(3), "ESIGN-SIGNER-POS", SIGN_CLAUSE,
                Texts.fmt("image centre %s from the middle between titles and name", Texts.fmtMm(vertical)),
                "centred between the titles (7a/7b) and the name ±3 mm", w.page());
        out.centred("ESIGN-SIGNER-CENTRE", SIGN_CLAUSE, w.centreX(), c.authority().centre(), 3,
                "under the authority line", w.page());
        colour("ESIGN-SIGNER-COLOUR", SIGN_CLAUSE, w, true, out);
    }

    private static float distance(Widget a, Widget b) {
        return (float) Math.hypot(a.centreX() - b.centreX(), a.centreY() - b.centreY());
    }

    private static void seal(Widget signer, Widget seal, Findings out) {
        float overlap = Math.min(seal.right(), signer.right()) - Math.max(seal.left(), signer.left());
        float covered = Math.max(0, overlap) / signer.width();
        boolean left = seal.centreX() < signer.left() + signer.width() / 3;
        out.verdict(left && covered >= 0.2f && covered <= 0.5f, "ESIGN-SEAL-POS", SEAL_CLAUSE,
                Texts.fmt("covers %d %% of the signature image from the left", Math.round(covered * 100)),
                "about the left third of the signer's image (20–50 %)", seal.page());
        float diameter = Texts.mm(Math.min(seal.width(), seal.height()));
        out.verdict(diameter >= 30 && diameter <= 45, "ESIGN-SEAL-SIZE", SEAL_CLAUSE,
                Texts.fmt("%.1f mm", diameter), "actual seal size (30–45 mm)", seal.page());
        colour("ESIGN-SEAL-COLOUR", SEAL_CLAUSE, seal, false, out);
    }

    private static void colour(String rule, String clause, Widget w, boolean blue, Findings out) {
        Color ink = w.ink();
        if (ink == null) {
            out.verdict(false, rule, clause, "no image in the signature's appearance", blue ? "blue image" : "red image",
                    w.page());
            return;
        }
        boolean ok = blue ? ink.getBlue() > ink.getRed() + 40 && ink.getBlue() > ink.getGreen() + 20
                : ink.getRed() > ink.getBlue() + 60 && ink.getRed() > ink.getGreen() + 60;
        out.verdict(ok, rule, clause, Texts.fmt("mean ink #%02x%02x%02x", ink.getRed(), ink.getGreen(), ink.getBlue()),
                blue ? "blue (ô 7c)" : "red (ô 8)", w.page());
    }

    private static void appendix(Layout layout, Widget w, Findings out) {
        List<TextLine> info = layout.frame().page(1).lines().stream().filter(l -> l.baseline() >= w.top() - 1
                && l.baseline() <= w.bottom() + 1 && l.left() >= w.left() - 1 && l.right() <= w.right() + 1).toList();
        String text = String.join(" / ", info.stream().map(TextLine::text).toList());
        boolean sizes = !info.isEmpty() && info.stream().allMatch(l -> Math.abs(l.size() - 10) <= 0.25f);
        boolean content = text.contains("/") && ISO_TIME.matcher(text).matches();
        out.verdict(sizes && content && w.ink() == null, "ESIGN-APPENDIX-INFO", APPENDIX_CLAUSE,
                Texts.quote(text) + (sizes ? ", 10 pt" : ", not 10 pt") + (w.ink() == null ? "" : ", with an image"),
                "top right of page 1, no image: số và ký hiệu and signing time (ISO 8601, +07:00) in 10 pt", 1);
    }
}
