package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Finds the header elements on page 1 by their text and column, not by coordinates. */
final class HeaderLocator {

    static final Pattern TIEU_NGU = Pattern.compile("độc lập\\s*[-–—]\\s*tự do\\s*[-–—]\\s*hạnh phúc",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_START = Pattern.compile("^Số\\s*[:\\d/]");
    /** The header spans at most this far below the banner (pt): five issuer lines, number and V/v. */
    private static final float HEADER_DEPTH = 170f;

    private HeaderLocator() {
    }

    static Header locate(Frame f, Profile p, boolean awaitingNumber) {
        List<TextLine> lines = f.pages().isEmpty() ? List.of() : separateBanner(f.content(1), p);
        boolean draft = !f.pages().isEmpty() && f.page(1).lines().stream().filter(Frame::band)
                .anyMatch(l -> Texts.fold(l.text()).contains("DỰ THẢO"));
        String bannerText = p.party() ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        TextLine banner = first(lines, l -> Texts.fold(l.text()).contains(bannerText));
        float top = banner != null ? banner.baseline() : lines.isEmpty() ? 0 : lines.get(0).baseline();
        float limit = top + HEADER_DEPTH;
        TextLine tieuNgu = banner == null ? null : first(lines, l -> l.baseline() > banner.baseline()
                && l.baseline() < banner.baseline() + 3 * banner.size() && TIEU_NGU.matcher(l.text()).find());
        TextLine number = first(lines, l -> l.baseline() <= limit && f.leftPart(l)
                && NUMBER_START.matcher(l.text()).find());
        float issuerEnd = number != null ? number.baseline() : top + 4 * 15f;
        List<TextLine> issuer = new ArrayList<>();
        List<TextLine> parent = new ArrayList<>();
        TextLine star = null;
        for (TextLine l : lines) {
            if (l.baseline() >= top - 20 && l.baseline() < issuerEnd - 1 && f.leftPart(l)) {
                if (l.text().equals("*")) {
                    star = l;
                } else if (l.bold() && l.upper()) {
                    issuer.add(l);
                } else {
                    parent.add(l);
                }
            }
        }
        float dateFrom = tieuNgu != null ? tieuNgu.baseline() : top;
        // a long place name widens ô 4 to the left of the right part: its centre still lies right of the middle
        TextLine date = first(lines, l -> l.baseline() > dateFrom && l.baseline() <= limit
                && l.centre() > f.textLeft() + 0.5f * f.width() && l.left() > f.textLeft() + 0.2f * f.width()
                && l.text().toLowerCase(Texts.VI).matches(".*ngày.*năm.*"));
        return new Header(banner, tieuNgu, issuer, parent, star, number, date, draft, awaitingNumber);
    }

    /**
     * The lines with the banner cut off from a one-line issuer that shares its baseline ("THỦ TƯỚNG CHÍNH
     * PHỦ" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", both bold 12 pt: no style change marks the columns).
     */
    static List<TextLine> separateBanner(List<TextLine> lines, Profile p) {
        String start = p.party() ? "ĐẢNGCỘNGS" : "CỘNGH";
        List<TextLine> out = new ArrayList<>(lines.size() + 1);
        for (TextLine l : lines) {
            int at = bannerStart(l, start);
            out.addAll(at > 0 ? LineBuilder.cut(l, at) : List.of(l));
        }
        return out;
    }

    /** Index of the glyph where the banner starts after other text, or -1. */
    private static int bannerStart(TextLine l, String start) {
        String folded = Texts.fold(l.text()).replace(" ", "");
        if (!folded.contains(start) || folded.startsWith(start)) {
            return -1;
        }
        StringBuilder seen = new StringBuilder();
        List<Integer> glyphAt = new ArrayList<>();
        for (int i = 0; i < l.glyphs().size(); i++) {
            String text = Texts.fold(l.glyphs().get(i).text()).replace(" ", "");
            for (int k = 0; k < text.length(); k++) {
                glyphAt.add(i);
                seen.append(text.charAt(k));
            }
        }
        int found = seen.lastIndexOf(start);
        return found > 0 ? glyphAt.get(found) : -1;
    }

    static TextLine first(List<TextLine> lines, Predicate<TextLine> test) {
        return lines.stream().filter(test).findFirst().orElse(null);
    }
}
