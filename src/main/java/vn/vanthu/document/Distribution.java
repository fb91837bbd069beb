package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Nơi nhận (ô 9b) and ô 12: recipients listed for information, each with its "+" sub-items ("VP UBND
 * tỉnh:" over "+ LĐVP, KGVX;"), the archive line ("VT, KGVX"), the drafter's initials and the number of
 * copies issued.
 *
 * @param subItems one list per recipient, in the same order (empty for a recipient without sub-items)
 */
public record Distribution(List<String> recipients, String archive, String drafterInitials, Integer copies,
        List<List<String>> subItems) {

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
}
