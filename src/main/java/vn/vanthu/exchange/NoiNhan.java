package vn.vanthu.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.vanthu.directory.AddressBook;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.Distribution;

/** The recipient lines of a dispatch: Kính gửi, then Nơi nhận with "Như trên" standing for Kính gửi and "Lưu" left out. */
final class NoiNhan {

    private NoiNhan() {
    }

    /** Each line once, as written (without list dashes and end punctuation), in order; these are also edXML's ToPlaces. */
    static List<String> lines(Dispatch d) {
        Set<String> lines = new LinkedHashSet<>();
        List<String> kinhGui = d.recipients().stream().map(NoiNhan::clean).filter(l -> !l.isEmpty()).toList();
        lines.addAll(kinhGui);
        if (d.distribution() != null) {
            for (String raw : d.distribution().recipients()) {
                String line = clean(raw);
                String key = AddressBook.fold(line);
                if (line.isEmpty() || key.startsWith("lưu:") || key.equals("lưu")) {
                    continue;
                }
                if (Distribution.asAbove(line)) {
                    lines.addAll(kinhGui);
                } else {
                    lines.add(line);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static String clean(String raw) {
        String line = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC).strip();
        line = line.replaceFirst("^[-–+•]\\s*", "").replaceAll("\\s+", " ");
        return line.replaceAll("[;,.]+$", "").strip();
    }
}
