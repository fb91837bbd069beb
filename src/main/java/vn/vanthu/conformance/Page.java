package vn.vanthu.conformance;

import java.util.List;

/**
 * One page as read: its visible size in points (rotation applied), text lines sorted top-down, horizontal rules,
 * form widgets (filled number and day fields are read as text).
 */
record Page(int number, float width, float height, List<TextLine> lines, List<HRule> rules, List<Widget> widgets) {

    Page {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
        widgets = List.copyOf(widgets);
    }

    boolean landscape() {
        return width > height;
    }

    /**
     * The nearest rule below a line, within {@code depth} pt of its baseline, whose centre lies under the line
     * (a rule in the other header column at the same height does not count).
     */
    HRule ruleUnder(TextLine line, float depth) {
        return rules.stream()
                .filter(r -> r.y() > line.baseline() && r.y() < line.baseline() + depth)
                .filter(r -> r.centre() >= line.left() - 10 && r.centre() <= line.right() + 10)
                .min((a, b) -> Float.compare(a.y(), b.y())).orElse(null);
    }
}
