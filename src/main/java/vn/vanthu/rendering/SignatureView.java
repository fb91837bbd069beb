package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Distribution;
import vn.vanthu.document.Style;

/** The signature block (ô 7, 8) and Nơi nhận with ô 12 (ô 9b). */
final class SignatureView {

    private SignatureView() {
    }

    static Map<String, Object> signature(Dispatch d) {
        Map<String, Object> view = new HashMap<>();
        List<String> authority = new ArrayList<>();
        if (d.signature() != null) {
            for (Authority a : d.signature().authority()) {
                String prefix = a.prefix().written(d.style());
                authority.add(prefix.isEmpty() ? a.title() : prefix + " " + a.title());
            }
        }
        view.put("authority", authority);
        view.put("title", d.signature() == null || d.signature().title() == null ? "" : d.signature().title());
        view.put("name", d.signature() == null || d.signature().name() == null ? "" : d.signature().name());
        view.put("signatureImage", dataUri(d.signature() == null ? null : d.signature().signatureImage()));
        view.put("sealImage", dataUri(d.signature() == null ? null : d.signature().sealImage()));
        return view;
    }

    /** Nơi nhận items ("- Như trên;"), the Lưu line and the ô 12 drafter/copies token. */
    static Map<String, Object> distribution(Dispatch d) {
        Distribution dist = d.distribution();
        Map<String, Object> view = new HashMap<>();
        boolean party = d.style() == Style.PARTY;
        List<String> items = new ArrayList<>();
        List<String> recipients = dist == null ? List.of() : dist.recipients();
        for (String recipient : recipients) {
            items.add("- " + recipient + (party ? "," : ";"));
        }
        String archive = dist != null && dist.archive() != null ? dist.archive() : "VT, " + d.unit();
        String drafter = dist == null || dist.drafterInitials() == null ? ""
                : " " + dist.drafterInitials() + "." + (dist.copies() == null ? "" : "(" + dist.copies() + ")");
        items.add((party ? "- Lưu " : "- Lưu: ") + archive + "." + drafter);
        view.put("items", items);
        return view;
    }

    private static String dataUri(byte[] png) {
        return png == null ? "" : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
