package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the rules look at: the frame, the rule set, the located elements of the document, and whether
 * the number and day wait in empty form fields for the văn thư (signed, not yet issued).
 */
record Layout(Profile profile, Frame frame, Header header, Title title, List<TextLine> body, Closing closing,
        boolean awaitingIssue) {

    Layout {
        body = List.copyOf(body);
    }

    static Layout of(List<Page> pages, boolean awaitingNumber) {
        Frame frame = Frame.of(pages);
        Profile profile = pages.isEmpty() ? Profile.ND30 : Profile.detect(frame.content(1));
        Header header = HeaderLocator.locate(frame, profile, awaitingNumber);
        Title title = TitleLocator.locate(frame, header);
        Closing closing = ClosingLocator.locate(frame);
        boolean awaiting = !pages.isEmpty() && pages.get(0).widgets().stream().anyMatch(w -> w.text() && !w.filled());
        return new Layout(profile, frame, header, title, body(frame, title, closing), closing, awaiting);
    }

    /**
     * Blank number and day are allowed: a draft, a copy presented for signature (the caller says so), or a
     * signed document whose fields the văn thư fills at issue.
     */
    boolean blanksAllowed() {
        return header.blanksAllowed() || awaitingIssue;
    }

    /** Lines between the title area and the closing, over the pages of the main document. */
    private static List<TextLine> body(Frame f, Title title, Closing closing) {
        int last = closing.page() > 0 ? closing.page() : f.mainPages();
        List<TextLine> body = new ArrayList<>();
        for (int page = 1; page <= last; page++) {
            for (TextLine l : f.content(page)) {
                boolean beforeTitleEnd = page == 1 && l.baseline() <= title.end() + 1;
                boolean inClosing = page == last && l.baseline() >= closing.start() - 1;
                if (!beforeTitleEnd && !inClosing) {
                    body.add(l);
                }
            }
        }
        return body;
    }
}
