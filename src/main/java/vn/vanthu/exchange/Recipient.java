package vn.vanthu.exchange;

import java.util.List;

/**
 * One recipient of an issued document, as the văn thư confirms it: an agency of this vanthu (received
 * into its own inbox), an agency outside it (an edXML package through an adapter), or a person (an
 * e-mail with the PDF). {@code lines} are the Nơi nhận lines it came from.
 *
 * @param kind    how it is reached
 * @param ref     agency id, mã định danh, or e-mail address
 * @param name    the name the văn thư and the sender's status list show
 * @param organId the mã định danh answers come from (null for a person)
 * @param lines   the Kính gửi / Nơi nhận lines that named it
 */
public record Recipient(Kind kind, String ref, String name, String organId, List<String> lines) {

    public Recipient {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** How a recipient is reached. */
    public enum Kind {
        /** An agency of this vanthu: the package goes straight into its inbox. */
        AGENCY,
        /** An agency outside: the package goes through an exchange adapter. */
        EXTERNAL,
        /** A person: an e-mail with the PDF attached. */
        PERSON
    }

    /** The same recipient, also named by another line. */
    Recipient alsoFrom(String line) {
        if (lines.contains(line)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(lines);
        more.add(line);
        return new Recipient(kind, ref, name, organId, more);
    }
}
