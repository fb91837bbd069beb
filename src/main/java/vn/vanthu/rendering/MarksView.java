package vn.vanthu.rendering;

import java.util.HashMap;
import java.util.Map;
import vn.vanthu.document.Marks;

/** Secrecy (ô 10a), urgency (ô 10b) and circulation (ô 11) stamps. */
final class MarksView {

    private MarksView() {
    }

    static Map<String, Object> of(Marks marks) {
        Map<String, Object> view = new HashMap<>();
        view.put("secrecy", marks.secrecy() == null ? "" : marks.secrecy().text());
        view.put("urgency", marks.urgency() == null ? "" : marks.urgency().text());
        view.put("urgencyWidth", marks.urgency() == null ? "0mm" : marks.urgency().widthMm() + "mm");
        view.put("circulation", marks.circulation() == null ? "" : marks.circulation());
        return view;
    }
}
