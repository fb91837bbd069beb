package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Page structure shared by all rules: the text area actually used, the top band above the top margin,
 * pagination units (each appendix starts one) and how many pages belong to the main document.
 */
record Frame(List<Page> pages, float textLeft, float textRight, List<Integer> unitStarts, int mainPages) {

    static final float TOP_MARGIN = Texts.pt(20);

    Frame {
        pages = List.copyOf(pages);
        unitStarts = List.copyOf(unitStarts);
    }

    static Frame of(List<Page> pages) {
        List<Integer> starts = new ArrayList<>(List.of(1));
        for (Page p : pages) {
            if (p.number() > 1 && startsAppendix(p)) {
                starts.add(p.number());
            }
        }
        int main = starts.size() > 1 ? starts.get(1) - 1 : pages.size();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Page p : pages.subList(0, main)) {
            for (TextLine l : p.lines()) {
                if (!band(l)) {
                    left = Math.min(left, l.left());
                    right = Math.max(right, l.right());
                }
            }
        }
        if (left > right) {
            float width = pages.isEmpty() ? Texts.pt(210) : pages.get(0).width();
            left = Texts.pt(30);
            right = width - Texts.pt(15);
        }
        return new Frame(pages, left, right, starts, main);
    }

    /**
     * A page whose first lines name a "Phụ lục" starts a new pagination unit (spec §10, PL I III.1.đ), and so
     * does one that opens with the Quốc hiệu again: a văn bản ban hành kèm theo (PL III, Mẫu 1.3).
     */
    private static boolean startsAppendix(Page p) {
        return p.lines().stream().filter(l -> !band(l)).limit(3)
                .anyMatch(l -> l.text().toLowerCase(Texts.VI).startsWith("phụ lục")
                        || Texts.fold(l.text()).contains(HeaderRules.QUOC_HIEU));
    }

    /** Lines whose baseline lies above the top margin: page number, draft mark, ô 11, ô 14. */
    static boolean band(TextLine l) {
        return l.baseline() <= TOP_MARGIN;
    }

    float mid() {
        return (textLeft + textRight) / 2;
    }

    float width() {
        return textRight - textLeft;
    }

    boolean leftPart(TextLine l) {
        return l.right() <= textLeft + 0.62f * width();
    }

    boolean rightPart(TextLine l) {
        return l.left() >= textLeft + 0.35f * width();
    }

    boolean centred(TextLine l, float tolerancePt) {
        return Math.abs(l.centre() - mid()) <= tolerancePt && l.left() > textLeft + Texts.pt(2);
    }

    Page page(int number) {
        return pages.get(number - 1);
    }

    /** Non-band lines of a page. */
    List<TextLine> content(int number) {
        return page(number).lines().stream().filter(l -> !band(l)).toList();
    }

    int unitIndex(int page) {
        int start = 1;
        for (int s : unitStarts) {
            if (s <= page) {
                start = s;
            }
        }
        return page - start + 1;
    }
}
