package vn.vanthu.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nơi nhận (ô 9b) and ô 12: recipients listed for information, each with its "+" sub-items ("VP UBND
 * tỉnh:" over "+ LĐVP, KGVX;"), the archive line ("VT, KGVX"), the drafter's initials and the number of
 * copies issued.
 *
 * @param subItems one list per recipient, in the same order (empty for a recipient without sub-items)
 */
public record Distribution(List<String> recipients, String archive, String drafterInitials, Integer copies,
        List<List<String>> subItems) {

    /** The Nơi nhận line that stands for those Kính gửi names (Phụ lục I, II.9.b). */
    public static final String AS_ABOVE = "Như trên";

    public Distribution {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        List<List<String>> subs = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            subs.add(subItems == null || i >= subItems.size() || subItems.get(i) == null ? List.of()
                    : List.copyOf(subItems.get(i)));
        }
        subItems = List.copyOf(subs);
    }

    /** A flat Nơi nhận list: no recipient has sub-items. */
    public Distribution(List<String> recipients, String archive, String drafterInitials, Integer copies) {
        this(recipients, archive, drafterInitials, copies, null);
    }

    /** True for a Nơi nhận line that is "Như trên", whatever follows it ("Như trên (để thực hiện)") or its case. */
    public static boolean asAbove(String line) {
        String s = fold(line).replaceFirst("^[-–+•]\\s*", "");
        return s.startsWith("như trên") && (s.length() == 8 || !Character.isLetterOrDigit(s.charAt(8)));
    }

    /**
     * True when a Nơi nhận under a Kính gửi naming {@code addressees} leaves them out: it neither opens with "Như
     * trên" nor names each of them again (PL I, II.9.b); never without a Kính gửi.
     */
    public static boolean leavesOut(Distribution distribution, List<String> addressees) {
        List<String> listed = distribution == null ? List.of() : distribution.recipients();
        if (addressees.isEmpty() || !listed.isEmpty() && asAbove(listed.get(0))) {
            return false;
        }
        String all = fold(String.join(" ", listed));
        return listed.isEmpty() || addressees.stream().anyMatch(a -> !all.contains(fold(a)));
    }

    /** This Nơi nhận with "Như trên" put first, every other line kept with its sub-items. */
    public Distribution asAboveFirst() {
        List<String> lines = new ArrayList<>(List.of(AS_ABOVE));
        lines.addAll(recipients);
        List<List<String>> subs = new ArrayList<>(List.of(List.of()));
        subs.addAll(subItems);
        return new Distribution(lines, archive, drafterInitials, copies, subs);
    }

    private static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
