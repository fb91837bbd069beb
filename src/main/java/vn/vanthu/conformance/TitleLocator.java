package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;

/** Finds the title area under the header: V/v block, type name + trích yếu + rule, and Kính gửi. */
final class TitleLocator {

    private static final float CENTRED = Texts.pt(10);

    private TitleLocator() {
    }

    static Title locate(Frame f, Header h) {
        List<TextLine> lines = f.pages().isEmpty() ? List.of() : f.content(1);
        float end = h.end();
        List<TextLine> vv = new ArrayList<>();
        if (h.number() != null) {
            for (TextLine l : lines) {
                if (l.baseline() <= h.number().baseline() || !f.leftPart(l)) {
                    continue;
                }
                TextLine prev = vv.isEmpty() ? h.number() : vv.get(vv.size() - 1);
                boolean starts = vv.isEmpty() && l.text().startsWith("V/v");
                // a wrapped V/v line follows at single spacing in the same size; "Kính gửi" never belongs to it
                boolean wraps = !vv.isEmpty() && Math.abs(l.size() - prev.size()) < 0.5f
                        && !Texts.fold(l.text()).startsWith("KÍNH GỬI");
                if ((starts || wraps) && l.baseline() - prev.baseline() <= (starts ? 2.5f : 1.8f) * l.size()) {
                    vv.add(l);
                } else if (!vv.isEmpty()) {
                    break;
                }
            }
        }
        for (TextLine l : vv) {
            end = Math.max(end, l.baseline());
        }
        float headerEnd = end;
        List<TextLine> after = lines.stream().filter(l -> l.baseline() > headerEnd + 1).toList();
        // the độ mật and độ khẩn stamps (ô 10a, 10b) may stand between the header and the type name, one over the
        // other in the left part; they do not count among the two lines the type name is looked for in
        TextLine type = after.stream().filter(l -> !stamp(f, l)).limit(2).filter(l -> f.centred(l, CENTRED) && l.upper()
                && l.text().split(" ").length <= 6 && !Texts.fold(l.text()).startsWith("KÍNH GỬI"))
                .findFirst().orElse(null);
        List<TextLine> trich = new ArrayList<>();
        HRule rule = null;
        if (type != null) {
            TextLine prev = type;
            for (TextLine l : after.subList(after.indexOf(type) + 1, after.size())) {
                if (!f.centred(l, CENTRED) || l.baseline() - prev.baseline() > 2.2f * l.size()
                        || ruleAbove(f.page(1), prev, l)) {
                    break;
                }
                trich.add(l);
                prev = l;
            }
            rule = f.page(1).ruleUnder(prev, 2.5f * prev.size());
            end = Math.max(end, rule != null ? rule.y() : prev.baseline());
        }
        List<TextLine> kinhGui = kinhGui(after);
        for (TextLine l : kinhGui) {
            end = Math.max(end, l.baseline());
        }
        return new Title(vv, type, trich, rule, kinhGui, end);
    }

    /** A short upper-case line in the left part, off the centre: an ô 10a or 10b stamp ("TỐI MẬT", "HỎA TỐC"). */
    private static boolean stamp(Frame f, TextLine l) {
        return f.leftPart(l) && !f.centred(l, CENTRED) && l.upper() && l.text().split(" ").length <= 3;
    }

    /** "Kính gửi:" and the "- recipient;" lines that follow it. */
    private static List<TextLine> kinhGui(List<TextLine> after) {
        List<TextLine> block = new ArrayList<>();
        for (TextLine l : after) {
            if (block.isEmpty()) {
                if (Texts.fold(l.text()).startsWith("KÍNH GỬI")) {
                    block.add(l);
                }
            } else if (l.text().startsWith("-") && l.left() > block.get(0).left() - 1
                    && l.baseline() - block.get(block.size() - 1).baseline() <= 2.5f * l.size()) {
                block.add(l);
            } else {
                break;
            }
        }
        return block;
    }

    /** True when a rule separates two consecutive centred lines: the trích yếu ended above it. */
    private static boolean ruleAbove(Page page, TextLine prev, TextLine next) {
        HRule r = page.ruleUnder(prev, next.baseline() - prev.baseline());
        return r != null && r.y() < next.top();
    }
}
