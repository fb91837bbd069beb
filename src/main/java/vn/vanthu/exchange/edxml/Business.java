package vn.vanthu.exchange.edxml;

import java.util.List;

/**
 * TraceHeaderList/Bussiness: the type of the package (new, recall, update, replace), why, who sent it,
 * and for a replacement the documents it replaces at which organs.
 */
public record Business(String documentId, BusinessType type, String reason, StaffInfo staff,
        List<Replacement> replacements) {

    public Business {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    /** ReplacementInfo: a document replaced, and the organs whose copy it replaces. */
    public record Replacement(String documentId, List<String> organIds) {

        public Replacement {
            organIds = List.copyOf(organIds);
        }
    }
}
