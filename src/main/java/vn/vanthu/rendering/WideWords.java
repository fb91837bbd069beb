package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Echo;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Signature;

/**
 * A word (a run without a space) wider than the column it prints in, where vanthu breaks lines itself or
 * centres them: FOP sets it past the margin, into the next column or off the page. The body, Nơi nhận items and
 * ô 13 cut such a word at the edge (LongWords); here, the trích yếu, Kính gửi, a Quyết định's authority line,
 * căn cứ and proposal, the signature block, the Lưu line and the titles of phụ lục and attached texts are refused
 * naming the field, as no real document holds such a word there.
 */
final class WideWords {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final List<FieldProblem> problems = new ArrayList<>();

    private WideWords() {
    }

    /** Throws {@link InvalidDispatch} naming every field that holds a word too wide for its column. */
    static void check(Dispatch d, Typography t) {
        WideWords words = new WideWords();
        double text = Typography.mmToPt(Typography.TEXT_WIDTH_MM);
        if (d.summary() != null) {
            boolean typed = d.type().hasTypeName();
            words.field("summary", d.summary(), typed ? t.summary() : t.briefSummary(), typed,
                    typed ? TitleView.summaryWidth() : HeaderView.briefSummaryWidth(t.leftColumnMm()));
        }
        for (int i = 0; i < d.recipients().size(); i++) {
            words.field("recipients[" + i + "]", d.recipients().get(i), t.body(), false, DispatchView.kinhGuiWidth());
        }
        // Quyết định, Nghị quyết: the authority line centred, căn cứ and the proposal as paragraphs
        words.field("authorityLine", d.authorityLine(), t.body(), true, text);
        for (int i = 0; i < d.bases().size(); i++) {
            words.field("bases[" + i + "]", d.bases().get(i), t.body(), false, text - Typography.mmToPt(10));
        }
        words.field("proposal", d.proposal(), t.body(), false, text - Typography.mmToPt(10));
        // the signature table's columns, the same in every style; a second signer stands in the left one
        words.signer("signature", d.signature(), t, Typography.mmToPt(SignatureView.RIGHT_MM));
        words.signer("cosigner", d.cosigner(), t, Typography.mmToPt(SignatureView.LEFT_MM));
        if (d.distribution() != null && d.distribution().archive() != null) {
            words.field("distribution.archive", d.distribution().archive(), t.recipientsItem(), false,
                    SignatureView.COLUMN);
        }
        for (int i = 0; i < d.appendices().size(); i++) {
            String title = d.appendices().get(i).title();
            words.field("appendices[" + i + "].title", title == null ? null : title.toUpperCase(VI),
                    AppendixView.SIZE, true, AppendixView.width(d.appendices().get(i).landscape()));
        }
        for (int i = 0; i < d.attachments().size(); i++) {
            words.field("attachments[" + i + "].title", d.attachments().get(i).title(), AppendixView.SIZE, true,
                    AppendixView.attachedTitleWidth(d.attachments().get(i).landscape()));
        }
        if (!words.problems.isEmpty()) {
            throw new InvalidDispatch(words.problems);
        }
    }

    private void signer(String field, Signature s, Typography t, double width) {
        if (s == null) {
            return;
        }
        List<Authority> authority = s.authority();
        for (int i = 0; i < authority.size(); i++) {
            field(field + ".authority[" + i + "]", authority.get(i).title(), t.signature(), true, width);
        }
        field(field + ".title", s.title(), t.signature(), true, width);
        field(field + ".name", s.name(), t.signature(), true, width);
    }

    private void field(String field, String text, double size, boolean bold, double width) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            double wide = TextMetrics.width(m.group(), size, bold);
            if (wide > width) {
                problems.add(new FieldProblem(field, "từ “" + Echo.of(m.group()) + "” rộng " + mm(wide)
                        + " mm, không vừa cột " + mm(width) + " mm nơi nó được in: hãy thêm khoảng trắng hoặc viết gọn"));
                return;
            }
        }
    }

    private static String mm(double pt) {
        return Typography.decimal(pt * 25.4 / 72, 0);
    }
}
