package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the signature block and the Nơi nhận list on the last page of the main document that has them, with
 * the rest of a list too long for that page from the pages after it.
 */
final class ClosingLocator {

    /** Both administrative and Party prefixes, so a prefix of the wrong rule set is found and reported. */
    static final Pattern ANY_AUTHORITY = Pattern.compile("^(TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.|T/M|K/T|T/L)\\s?\\S.*");

    /** How far above the thư ký's Nơi nhận the chủ tọa's title may stand (pt): titles, signature, name. */
    private static final float MINUTES_REACH = 220;

    private ClosingLocator() {
    }

    /**
     * The closing above {@code copy} (a paper copy's block is checked on its own). In a Biên bản (Mẫu 1.9)
     * the chủ tọa signs without a prefix above the thư ký's Nơi nhận, so {@code minutes} looks up from it.
     */
    static Closing locate(Frame f, CopyBlock copy, boolean minutes) {
        for (int page = f.mainPages(); page >= 1; page--) {
            boolean firstPage = page == 1;
            List<TextLine> lines = f.content(page).stream().filter(copy::before).toList();
            TextLine label = null;
            for (TextLine l : lines) {
                if (f.leftPart(l) && Texts.fold(l.text()).startsWith("NƠI NHẬN")) {
                    label = l;
                }
            }
            TextLine authority = HeaderLocator.first(lines, l -> f.rightPart(l) && l.upper()
                    && ANY_AUTHORITY.matcher(l.text()).matches() && (!firstPage || l.baseline() > Texts.pt(80)));
            if (authority == null && label != null) {
                // the head signs in person: no prefix, the first upper-case line level with "Nơi nhận:"
                TextLine anchor = label;
                authority = HeaderLocator.first(lines, l -> f.rightPart(l) && l.upper()
                        && Math.abs(l.baseline() - anchor.baseline()) <= 20);
                if (authority == null && minutes) {
                    authority = lines.stream().filter(l -> f.rightPart(l) && l.upper() && l.bold()
                            && l.baseline() < anchor.baseline() && l.baseline() > anchor.baseline() - MINUTES_REACH)
                            .findFirst().orElse(null);
                }
            }
            if (authority != null || label != null) {
                return build(f, page, lines, authority, label, copy);
            }
        }
        return Closing.none();
    }

    private static Closing build(Frame f, int page, List<TextLine> lines, TextLine authority, TextLine label,
            CopyBlock copy) {
        List<TextLine> titles = new ArrayList<>();
        TextLine name = null;
        if (authority != null) {
            for (TextLine l : lines) {
                if (l.baseline() < authority.baseline() - 1 || !f.rightPart(l)) {
                    continue;
                }
                if (l.upper()) {
                    titles.add(l);
                } else if (!titles.isEmpty() && l.text().chars().anyMatch(Character::isLetter)) {
                    name = l;
                    break;
                }
            }
        }
        List<Closing.Item> items = new ArrayList<>();
        if (label != null) {
            // footnotes at the foot of a page are no recipients: the list runs on past them, to the next page
            float foot = Layout.footArea(f, page);
            List<TextLine> below = lines.stream()
                    .filter(l -> l.baseline() > label.baseline() + 0.5f && l.baseline() < foot && f.leftPart(l))
                    .toList();
            boolean ranOn = items(below, label, items);
            // a list longer than the page goes on at the top of the next one, the left column alone
            for (int next = page + 1; ranOn && next <= f.mainPages(); next++) {
                float nextFoot = Layout.footArea(f, next);
                List<TextLine> rest = f.content(next).stream().filter(copy::before)
                        .filter(l -> l.baseline() < nextFoot).toList();
                ranOn = !rest.isEmpty() && rest.stream().allMatch(f::leftPart) && items(rest, null, items);
            }
        }
        return new Closing(page, titles, name, label, items);
    }

    /**
     * Adds the recipients set on {@code lines}, below {@code prev} (null at the top of a page), to {@code items};
     * true when the list runs to the last of the lines, i.e. it may go on on the next page.
     */
    private static boolean items(List<TextLine> lines, TextLine prev, List<Closing.Item> items) {
        for (TextLine l : lines) {
            if (prev != null && l.baseline() - prev.baseline() > 3 * l.size()) {
                return false;
            }
            // the items share one size: a line of another size under them (a second signer's block set in the
            // left column after the list) is not one of them
            if (!items.isEmpty() && Math.abs(l.size() - items.get(0).lines().get(0).size()) > 0.5f) {
                return false;
            }
            if (l.text().startsWith("-") || l.text().startsWith("+") || items.isEmpty()) {
                items.add(new Closing.Item(l.text(), List.of(l)));
            } else {
                // a wrapped recipient, or the ô 12 token set on the line after "- Lưu: …"
                Closing.Item last = items.remove(items.size() - 1);
                List<TextLine> joined = new ArrayList<>(last.lines());
                joined.add(l);
                items.add(new Closing.Item(last.text() + " " + l.text(), joined));
            }
            prev = l;
        }
        return !items.isEmpty() && !items.get(items.size() - 1).text().startsWith("- Lưu");
    }
}
