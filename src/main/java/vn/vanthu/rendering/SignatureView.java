package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Distribution;
import vn.vanthu.document.Signature;
import vn.vanthu.document.Style;

/** The signature block (ô 7, 8), a second signer in the left column, and Nơi nhận with ô 12 (ô 9b). */
final class SignatureView {

    /** The signature table's columns (templates/lib/nd30.ftlx, signatureBox, minutesSignatureBox), mm. */
    static final double LEFT_MM = 70;
    static final double RIGHT_MM = 95;
    /** The Nơi nhận column of the signature row, less a point to spare. */
    static final double COLUMN = Typography.mmToPt(LEFT_MM) - 1;
    /** A sub-item's indent in that column ("+ LĐVP;"). */
    private static final double SUB_INDENT = Typography.mmToPt(3);
    /**
     * The tallest Nơi nhận (label and lines, pt) kept in one unbreakable row with the signer: the text area
     * (257 mm) less the last body line, a Biên bản's thư ký block above the list and room for the estimate.
     */
    private static final double ONE_PAGE = Typography.mmToPt(297 - 40) - 200;
    /** "Nơi nhận:" (18 pt line) and the line height of its items (1.15), templates/lib/nd30.ftlx distributionBox. */
    private static final double LABEL_HEIGHT = 18;
    private static final double ITEM_LEADING = 1.15;

    private SignatureView() {
    }

    static Map<String, Object> signature(Dispatch d) {
        return signature(d.signature(), d.style());
    }

    /** Authority lines with their prefix, the signer's title and name, the images; empty strings when absent. */
    static Map<String, Object> signature(Signature s, Style style) {
        Map<String, Object> view = new HashMap<>();
        List<String> authority = new ArrayList<>();
        if (s != null) {
            for (Authority a : s.authority()) {
                String prefix = a.prefix().written(style);
                authority.add(prefix.isEmpty() ? a.title() : prefix + " " + a.title());
            }
        }
        view.put("present", s != null);
        view.put("authority", authority);
        view.put("title", s == null || s.title() == null ? "" : s.title());
        view.put("name", s == null || s.name() == null ? "" : s.name());
        view.put("signatureImage", dataUri(s == null ? null : s.signatureImage()));
        view.put("sealImage", dataUri(s == null ? null : s.sealImage()));
        return view;
    }

    /** Nơi nhận of the dispatch: its list, the Lưu line ("VT, <unit>" by default) and the ô 12 token. */
    static Map<String, Object> distribution(Dispatch d) {
        Distribution dist = d.distribution();
        String archive = dist != null && dist.archive() != null ? dist.archive() : "VT, " + d.unit();
        if (Distribution.leavesOut(dist, d.recipients())) {
            // PL I, II.9.b: under a Kính gửi, Nơi nhận opens with "Như trên" (those it names), a fixed part of the
            // form that vanthu writes itself, as it writes the punctuation; a list that names them again is kept
            dist = dist == null ? new Distribution(List.of(Distribution.AS_ABOVE), null, null, null)
                    : dist.asAboveFirst();
        }
        return distribution(dist, archive, d.style());
    }

    /**
     * Items "- Như trên;", a recipient's sub-items "+ LĐVP, KGVX;" under it, the Lưu line and ô 12: the
     * drafter's initials and the number of copies ("NPH.(30)"), or the copies alone ("(30)").
     */
    static Map<String, Object> distribution(Distribution dist, String archive, Style style) {
        boolean party = style == Style.PARTY;
        String end = party ? "," : ";";
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> recipients = dist == null ? List.of() : dist.recipients();
        double size = Typography.of(style).recipientsItem();
        for (int i = 0; i < recipients.size(); i++) {
            List<String> subs = dist.subItems().get(i);
            items.add(item(LongWords.fitted("- " + recipients.get(i) + (subs.isEmpty() ? end : ":"), COLUMN, size),
                    false));
            subs.forEach(sub -> items.add(item(LongWords.fitted("+ " + sub + end, COLUMN - SUB_INDENT, size), true)));
        }
        String initials = dist == null || dist.drafterInitials() == null ? "" : dist.drafterInitials() + ".";
        String copies = dist == null || dist.copies() == null ? "" : "(" + dist.copies() + ")";
        String twelve = initials.isEmpty() && copies.isEmpty() ? "" : " " + initials + copies;
        items.add(item((party ? "- Lưu " : "- Lưu: ") + archive + "." + twelve, false));
        double height = LABEL_HEIGHT;
        for (Map<String, Object> item : items) {
            double width = (Boolean) item.get("sub") ? COLUMN - SUB_INDENT : COLUMN;
            // measured where FOP breaks it: at spaces and at the cuts LongWords made in a word wider than the column
            String text = ((String) item.get("text")).replace(LongWords.BREAK, ' ');
            height += LineBreaks.breakLines(text, size, false, width).size() * size * ITEM_LEADING;
        }
        return Map.of("items", items, "fitsOnePage", height <= ONE_PAGE);
    }

    private static Map<String, Object> item(String text, boolean sub) {
        return Map.of("text", text, "sub", sub);
    }

    private static String dataUri(byte[] png) {
        return png == null ? "" : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
