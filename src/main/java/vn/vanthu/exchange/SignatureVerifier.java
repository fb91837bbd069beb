package vn.vanthu.exchange;

import java.util.List;

/**
 * Verifies the signatures of a received PDF. The signing feature implements it (PAdES, the signer's and
 * the agency's); until a bean of this type exists, vanthu reports every PDF as "not verified" and
 * refuses only when {@code vanthu.exchange.require-signatures} is true.
 */
public interface SignatureVerifier {

    /** What the verifier found: how many signatures, and every problem (an empty list when all hold). */
    Verification verify(byte[] pdf);

    /**
     * The verdict on one PDF.
     *
     * @param signatures how many signatures the PDF carries
     * @param problems   each broken, untrusted or missing signature, in words the sender can read
     */
    record Verification(int signatures, List<String> problems) {

        public Verification {
            problems = List.copyOf(problems);
        }

        /** True when the PDF carries at least one signature and none has a problem. */
        public boolean intact() {
            return signatures > 0 && problems.isEmpty();
        }
    }
}
