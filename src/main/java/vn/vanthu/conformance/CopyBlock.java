package vn.vanthu.conformance;

import java.util.List;
import java.util.Set;

/**
 * A paper copy's block (PL I, Phần II.II; PL III, Mẫu 3.1) as located: the form line ("SAO Y", "SAO LỤC",
 * "TRÍCH SAO") in the right part, the full-width rule above it, and the page and height where the block
 * starts; the copied document ends above it.
 */
record CopyBlock(int page, float start, TextLine form, HRule rule) {

    static final Set<String> FORMS = Set.of("SAO Y", "SAO LỤC", "TRÍCH SAO");

    static CopyBlock none() {
        return new CopyBlock(0, Float.MAX_VALUE, null, null);
    }

    boolean present() {
        return form != null;
    }

    /** True when the line belongs to the copied document, above the copy block. */
    boolean before(TextLine l) {
        return !present() || l.page() < page || l.page() == page && l.baseline() < start;
    }

    /** The last line of a form found in the right part of any page of the main document, with the rule above. */
    static CopyBlock locate(Frame f) {
        for (int page = f.mainPages(); page >= 1; page--) {
            List<TextLine> lines = f.content(page);
            for (int i = lines.size() - 1; i >= 0; i--) {
                TextLine l = lines.get(i);
                if (f.rightPart(l) && FORMS.contains(Texts.fold(l.text()))) {
                    HRule rule = ruleAbove(f.page(page), l, f);
                    float start = rule != null ? rule.y() : l.top() - 30;
                    return new CopyBlock(page, start, l, rule);
                }
            }
        }
        return none();
    }

    /** The nearest rule above the form line spanning most of the text width. */
    private static HRule ruleAbove(Page page, TextLine form, Frame f) {
        return page.rules().stream().filter(r -> r.y() < form.top() && r.y() > form.top() - 4 * form.size())
                .filter(r -> r.width() >= 0.9f * f.width()).max((a, b) -> Float.compare(a.y(), b.y())).orElse(null);
    }
}
