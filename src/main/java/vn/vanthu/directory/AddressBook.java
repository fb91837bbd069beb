package vn.vanthu.directory;

import java.util.List;
import java.util.Optional;

/** Where documents go: mã định danh of agencies, e-mail of people, external agencies and remembered Nơi nhận lines. */
public interface AddressBook {

    /** The mã định danh of an agency of this vanthu. */
    Optional<String> organId(String agencyId);

    /** The agency of this vanthu that carries the mã định danh. */
    Optional<Agency> agencyWithOrganId(String organId);

    /** The e-mail address of a person of the directory. */
    Optional<String> email(String userId);

    /** The agencies outside this vanthu, in the order the văn thư picks them. */
    List<ExternalAgency> externalAgencies();

    /** The external agency with this mã định danh. */
    Optional<ExternalAgency> externalAgency(String organId);

    /** What the agency's văn thư once said the line means, if they did. */
    Optional<RecipientMapping> mapping(String agencyId, String line);

    /** Remembers (or replaces) what a line means for the agency. */
    void remember(RecipientMapping mapping);

    /** The form of a line mappings are keyed by: NFC, lower case, single spaces, no trailing ";" "," or ".". */
    static String fold(String line) {
        String nfc = java.text.Normalizer.normalize(line == null ? "" : line, java.text.Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ").replaceAll("[;,.\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
    }
}
