package vn.vanthu.directory;

import java.util.List;

/**
 * What a văn thư said a free-text Nơi nhận line means, once, for their agency: the recipients it
 * stands for. An empty list is an answer too: the line is not sent electronically (e.g. internal units).
 */
public record RecipientMapping(String agencyId, String text, List<Target> targets, String mappedBy) {

    public RecipientMapping {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** One recipient: an agency of this vanthu, an external agency, a person of the directory, or an e-mail address. */
    public record Target(Kind kind, String ref, String name) {
    }

    /** How a target is reached: ref is an agency id, an organ id, a user id, or an e-mail address. */
    public enum Kind {
        AGENCY, EXTERNAL, PERSON, EMAIL
    }
}
