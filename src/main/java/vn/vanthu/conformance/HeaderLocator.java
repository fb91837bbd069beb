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
        List<TextLine> lines = f.pages().isEmpty() ? List.of() : f.content(1);
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
        TextLine date = first(lines, l -> l.baseline() > dateFrom && l.baseline() <= limit && f.rightPart(l)
                && l.text().toLowerCase(Texts.VI).matches(".*ngày.*năm.*"));
        return new Header(banner, tieuNgu, issuer, parent, star, number, date, draft, awaitingNumber);
    }

    static TextLine first(List<TextLine> lines, Predicate<TextLine> test) {
        return lines.stream().filter(test).findFirst().orElse(null);
    }
}
