package vn.vanthu.document;

import java.util.List;

/**
 * Nơi nhận (ô 9b) and ô 12: recipients listed for information, the archive line ("VT, KGVX"),
 * the drafter's initials and the number of copies issued.
 */
public record Distribution(List<String> recipients, String archive, String drafterInitials, Integer copies) {

    public Distribution {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
