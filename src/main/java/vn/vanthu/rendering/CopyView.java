package vn.vanthu.rendering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.CopyForm;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Mode;

/**
 * A bản sao (Phụ lục I, Phần II): the paper copy block set under a full-width line after the copied text
 * (Mẫu 3.1: copying body, "Số: 05/SY-VPUBND", Nơi nhận | "SAO Y", place and date, signer), or the electronic
 * copy's ô 14 in the top right corner of page 1 (Mẫu 3.2: form, copying body, time of signing, 10 pt).
 */
final class CopyView {

    /** The copying body's column (templates/lib/nd30.ftlx, copyBox). */
    private static final double COLUMN_MM = 70;

    private CopyView() {
    }

    static Map<String, Object> of(Dispatch d, Mode mode, Typography t) {
        CopyForm copy = d.copy();
        Map<String, Object> view = new HashMap<>();
        view.put("paper", copy != null && !copy.electronic());
        view.put("electronic", copy != null && copy.electronic() ? ecopy(copy) : List.of());
        if (copy == null || copy.electronic()) {
            return view;
        }
        String number = mode.awaitsNumber() || copy.number() == null ? Formats.BLANK : Formats.twoDigits(copy.number());
        IssueDate date = copy.date() == null ? new IssueDate(null, null, d.date().year()) : copy.date();
        List<String> name = HeaderView.fitted(copy.issuer().name(), t.issuer(), true, COLUMN_MM);
        view.put("parent", HeaderView.fitted(copy.issuer().parent(), t.parent(), false, COLUMN_MM));
        view.put("name", name);
        view.put("issuerRule", DispatchView.rule(name, t.issuer()));
        view.put("numberLine", "Số: " + number + "/" + copy.symbol());
        view.put("form", copy.kind().text());
        view.put("placeDate", copy.issuer().place() + ", " + Formats.date(date, mode));
        view.put("signature", SignatureView.signature(copy.signature(), d.style()));
        String archive = copy.distribution() != null && copy.distribution().archive() != null
                ? copy.distribution().archive() : "VT";
        view.put("distribution", SignatureView.distribution(copy.distribution(), archive, d.style()));
        return view;
    }

    /** Ô 14, in lower case as Phần II, I.3.c wants: "Sao y", the copying body, "Thời gian ký: …". */
    private static List<String> ecopy(CopyForm copy) {
        String form = copy.kind().text().charAt(0) + copy.kind().text().substring(1).toLowerCase(
                java.util.Locale.forLanguageTag("vi"));
        String time = copy.signedAt() == null ? Formats.BLANK : copy.signedAt();
        return List.of(form + ": " + copy.issuer().fullName(), "Thời gian ký: " + time);
    }
}
