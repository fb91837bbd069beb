package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the rules look at: the frame, the rule set, the located elements of the document, the copy
 * block of a sao y, and whether the number and day wait in empty form fields for the văn thư (signed, not
 * yet issued).
 */
record Layout(Profile profile, Frame frame, Header header, Title title, List<TextLine> body, Closing closing,
        CopyBlock copy, boolean awaitingIssue) {

    Layout {
        body = List.copyOf(body);
    }

    static Layout of(List<Page> pages, boolean awaitingNumber) {
        Frame frame = Frame.of(pages);
        Profile profile = pages.isEmpty() ? Profile.ND30 : Profile.detect(frame.content(1));
        Header header = HeaderLocator.locate(frame, profile, awaitingNumber);
        Title title = TitleLocator.locate(frame, header);
        CopyBlock copy = CopyBlock.locate(frame);
        Closing closing = ClosingLocator.locate(frame, copy, minutes(title));
        boolean awaiting = !pages.isEmpty() && pages.get(0).widgets().stream().anyMatch(w -> w.text() && !w.filled());
        return new Layout(profile, frame, header, title, body(frame, title, closing, copy), closing, copy, awaiting);
    }

    /**
     * Blank number and day are allowed: a draft, a copy presented for signature (the caller says so), or a
     * signed document whose fields the văn thư fills at issue.
     */
    boolean blanksAllowed() {
        return header.blanksAllowed() || awaitingIssue;
    }

    /** A Biên bản (PL III, Mẫu 1.9): no place and date in the header, thư ký and chủ tọa sign side by side. */
    boolean minutes() {
        return minutes(title);
    }

    private static boolean minutes(Title title) {
        return title.typeName() != null && Texts.fold(title.typeName().text()).startsWith("BIÊN BẢN");
    }

    /** Lines between the title area and the closing, over the pages of the main document. */
    private static List<TextLine> body(Frame f, Title title, Closing closing, CopyBlock copy) {
        int last = closing.page() > 0 ? closing.page() : f.mainPages();
        List<TextLine> body = new ArrayList<>();
        for (int page = 1; page <= last; page++) {
            float foot = footArea(f, page);
            for (TextLine l : f.content(page)) {
                boolean beforeTitleEnd = page == 1 && l.baseline() <= title.end() + 1;
                boolean inClosing = page == last && l.baseline() >= closing.start() - 1;
                if (!beforeTitleEnd && !inClosing && l.baseline() < foot && copy.before(l)) {
                    body.add(l);
                }
            }
        }
        return body;
    }

    /**
     * Where the foot of a page starts: under a full-width rule with only small text below it — footnotes and
     * ô 13 — or +∞. A table's last border has the body's own size under it, so it never counts.
     */
    static float footArea(Frame f, int page) {
        Page p = f.page(page);
        float foot = Float.MAX_VALUE;
        for (HRule rule : p.rules()) {
            boolean full = rule.width() >= 0.9f * f.width();
            if (full && rule.y() < foot && p.lines().stream().filter(l -> l.baseline() > rule.y())
                    .allMatch(l -> l.size() <= FOOT_SIZE)) {
                foot = rule.y();
            }
        }
        return foot;
    }

    /** Footnotes and ô 13 are set at most this size (pt); the body at 13 or more. */
    private static final float FOOT_SIZE = 12.5f;
}
