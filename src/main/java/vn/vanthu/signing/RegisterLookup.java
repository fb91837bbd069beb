package vn.vanthu.signing;

import java.util.Optional;

/**
 * The hook verification calls to find the register entry of a PDF this vanthu issued; the numbering
 * feature implements it. {@code number} is the value of the PDF's number field ("05"), null if it has none.
 */
public interface RegisterLookup {

    /** The entry whose issued PDF has this SHA-256 (hex, lower case), or that carries this number. */
    Optional<RegisterMatch> find(String sha256, String number);

    /** A lookup that never matches: the CLI verifies files without a register. */
    RegisterLookup NONE = (sha256, number) -> Optional.empty();
}
