package vn.vanthu.conformance;

import java.util.List;

/**
 * The closing of the main document, on the page it was found: signature lines (authority first, then the
 * signer's titles), the signer's name, the "Nơi nhận:" label and its items (wrapped lines joined).
 */
record Closing(int page, List<TextLine> titles, TextLine name, TextLine label, List<Item> items) {

    /** One recipient entry: the joined text and the lines it was set on. */
    record Item(String text, List<TextLine> lines) {

        Item {
            lines = List.copyOf(lines);
        }
    }

    Closing {
        titles = List.copyOf(titles);
        items = List.copyOf(items);
    }

    static Closing none() {
        return new Closing(0, List.of(), null, null, List.of());
    }

    TextLine authority() {
        return titles.isEmpty() ? null : titles.get(0);
    }

    /** Baseline where the closing starts (body ends above it), or +∞ when there is no closing. */
    float start() {
        float start = Float.MAX_VALUE;
        if (authority() != null) {
            start = authority().baseline();
        }
        if (label != null) {
            start = Math.min(start, label.baseline());
        }
        return start;
    }
}
