package vn.vanthu.signing;

/** Where this installation finds each person's and agency's key and image, and what it trusts. */
interface KeyRing {

    /** The person's own signing key (ô 7c); throws NoSigningKey when none is configured. */
    Signer person(String userId);

    /** The agency's key, whose signature stands for its seal (ô 8). */
    Signer agency(String agencyId);

    /**
     * The PIN that unlocks the agency's key on the server (an HSM's user PIN from the configuration, or
     * the demo PIN); empty when the văn thư must type it (a USB token at the clerk's desk).
     */
    java.util.Optional<char[]> agencyPin(String agencyId);

    /** The person's handwritten signature image, blue PNG with transparency. */
    byte[] signatureImage(String userId);

    /** The agency's seal image, red PNG with transparency, at actual size. */
    byte[] sealImage(String agencyId);

    Trust trust();
}
