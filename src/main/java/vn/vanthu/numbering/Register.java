package vn.vanthu.numbering;

import java.util.List;

/** The outgoing-documents register (sổ văn bản đi) of every issuing body, per calendar year and series. */
public interface Register {

    /**
     * Assigns the next number of the issuer's series for the year of the issue date (01 on the first
     * issue of the year), inside the caller's transaction: unique and gapless under concurrent issuing.
     */
    RegisterEntry issue(NewEntry entry);

    /** The entries of an issuer's register for a year, both series, in number order. */
    List<RegisterEntry> entries(String issuerId, int year);

    /** The entries given to the documents of one dispatch (its own, and a Sở's submission letter). */
    List<RegisterEntry> ofDispatch(java.util.UUID dispatchId);
}
