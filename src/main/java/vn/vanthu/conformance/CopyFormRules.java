package vn.vanthu.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A copy (PL I, Phần II): on paper, the copy block under a full-width line after the copied text with the
 * form in capitals, the copy's number ("Số: 05/SY-VPUBND"), place and date, Nơi nhận and signer (Mẫu 3.1);
 * electronic, ô 14 in the top right corner of page 1 in 10 pt (Mẫu 3.2).
 */
final class CopyFormRules {

    private static final Pattern NUMBER = Pattern.compile("^Số: (0[1-9]|[1-9]\\d+)/(SY|SL|TrS)-[\\p{Lu}\\d&-]+$");
    private static final Pattern BLANK_NUMBER = Pattern.compile("^Số: ?/(SY|SL|TrS)-[\\p{Lu}\\d&-]+$");
    private static final Range E14_SIZE = Range.exactly(10);

    private CopyFormRules() {
    }

    static void check(Layout layout, Findings out) {
        electronic(layout, out);
        CopyBlock copy = layout.copy();
        String clause = "PL I, Phần II.II; PL III, Mẫu 3.1";
        if (!copy.present()) {
            for (String id : List.of("COPY-FORM", "COPY-RULE", "COPY-NUMBER", "COPY-DATE", "COPY-NN")) {
                out.skip(id, clause, "not a paper copy");
            }
            return;
        }
        Frame f = layout.frame();
        TextLine form = copy.form();
        out.verdict(form.bold() && form.upper() && Range.of(13, 14).holds(form.size()), "COPY-FORM", clause,
                Texts.quote(form.text()) + ", " + Texts.fmtPt(form.size()) + (form.bold() ? ", bold" : ", not bold"),
                "SAO Y / SAO LỤC / TRÍCH SAO, capitals, 13–14 pt, bold", copy.page());
        out.verdict(copy.rule() != null, "COPY-RULE", clause, copy.rule() == null ? "no full-width rule above"
                : Texts.fmt("rule %.1f mm over a text width of %.1f mm", Texts.mm(copy.rule().width()),
                        Texts.mm(f.width())), "a solid rule across the text width above the copy block", copy.page());
        List<TextLine> block = new ArrayList<>(f.content(copy.page()).stream().filter(l -> !copy.before(l)).toList());
        for (int page = copy.page() + 1; page <= f.mainPages(); page++) {
            block.addAll(f.content(page)); // a Nơi nhận longer than the page runs on to the next ones
        }
        boolean blanks = layout.header().blanksAllowed();
        TextLine number = HeaderLocator.first(block, l -> f.leftPart(l) && l.text().startsWith("Số"));
        out.verdict(number != null && (NUMBER.matcher(number.text()).matches()
                || blanks && BLANK_NUMBER.matcher(number.text()).matches()), "COPY-NUMBER", clause,
                number == null ? "no number line" : Texts.quote(number.text()), "Số: 05/SY-<cơ quan sao>", copy.page());
        TextLine date = HeaderLocator.first(block, l -> f.rightPart(l) && l.italic() && l.text().contains("ngày"));
        out.verdict(date != null && (DateRules.DATE.matcher(date.text()).matches()
                || blanks && DateRules.DRAFT.matcher(date.text()).matches()), "COPY-DATE", clause,
                date == null ? "no place and date" : Texts.quote(date.text()), "…, ngày DD tháng M năm YYYY",
                copy.page());
        TextLine label = HeaderLocator.first(block, l -> f.leftPart(l) && l.text().equals("Nơi nhận:"));
        TextLine luu = HeaderLocator.first(block, l -> f.leftPart(l) && l.text().startsWith("- Lưu: VT"));
        out.verdict(label != null && luu != null, "COPY-NN", clause, label == null ? "no \"Nơi nhận:\""
                : luu == null ? "no \"- Lưu: VT\" line" : Texts.quote(luu.text()), "Nơi nhận: … - Lưu: VT.", copy.page());
    }

    /** Ô 14 of an electronic copy: the form, the copying body and the signing time, 10 pt, top right. */
    private static void electronic(Layout layout, Findings out) {
        String clause = "PL I, Phần II.I.3";
        Frame f = layout.frame();
        List<TextLine> band = f.pages().isEmpty() ? List.of()
                : f.page(1).lines().stream().filter(Frame::band).filter(f::rightPart).toList();
        TextLine time = HeaderLocator.first(band, l -> l.text().startsWith("Thời gian ký"));
        if (time == null) {
            out.skip("COPY-E14", clause, "no ô 14 (not an electronic copy)");
            return;
        }
        List<TextLine> box = band.stream().filter(l -> Math.abs(l.baseline() - time.baseline()) <= 3 * time.size())
                .toList();
        TextLine bad = box.stream().filter(l -> !E14_SIZE.holds(l.size()) || l.bold() || l.italic()).findFirst()
                .orElse(null);
        out.verdict(bad == null && box.size() >= 2, "COPY-E14", clause, bad != null ? Texts.quote(bad.text()) + " "
                + Texts.fmtPt(bad.size()) : box.size() + " line(s), 10 pt, upright", "form and copying body, "
                + "signing time; 10 pt, regular, top right of page 1", 1);
    }
}
