package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/** Everything the rules look at: the frame, the rule set, and the located elements of the document. */
record Layout(Profile profile, Frame frame, Header header, Title title, List<TextLine> body, Closing closing) {

    Layout {
        body = List.copyOf(body);
    }

    static Layout of(List<Page> pages, boolean awaitingNumber) {
        Frame frame = Frame.of(pages);
        Profile profile = pages.isEmpty() ? Profile.ND30 : Profile.detect(frame.content(1));
        Header header = HeaderLocator.locate(frame, profile, awaitingNumber);
        Title title = TitleLocator.locate(frame, header);
        Closing closing = ClosingLocator.locate(frame);
        return new Layout(profile, frame, header, title, body(frame, title, closing), closing);
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
