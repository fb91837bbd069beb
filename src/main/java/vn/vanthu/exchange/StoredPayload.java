package vn.vanthu.exchange;

import java.util.Arrays;
import java.util.Base64;
import vn.vanthu.exchange.edxml.EdPackage;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.InvalidPackage;

/**
 * A payload as stored, an outbox message's (V21) or a văn bản đến's package (V22): its own bytes, with the
 * document's PDF cut out and kept once for every message or copy that carries it. Why: a document sent to N
 * recipients carried the same PDF N times on each side, in base64 in each edXML package or as each e-mail's
 * attachment (of the 6.0 MB a six-Sở chain wrote to the database, 4.3 MB; docs/BENCHMARKS.md).
 *
 * @param own    the payload without the PDF
 * @param pdf    the PDF cut out, or null when the payload does not hold it
 * @param at     where the PDF goes back into {@code own}
 * @param base64 whether it goes back in base64 (an edXML package) or as is (an e-mail's attachment)
 */
record StoredPayload(byte[] own, byte[] pdf, int at, boolean base64) {

    /** The payload as one piece, with no PDF cut out. */
    static StoredPayload whole(byte[] payload) {
        return new StoredPayload(payload, null, 0, false);
    }

    /**
     * The payload with the PDF cut out where it stands as is (the whole payload: an e-mail's attachment) or in
     * base64 (the attachment of a package); whole when it holds neither, so reading it back gives the very bytes.
     */
    static StoredPayload of(byte[] payload, byte[] pdf) {
        if (pdf != null && pdf.length > 0 && Arrays.equals(payload, pdf)) {
            return new StoredPayload(new byte[0], pdf, 0, false);
        }
        return inBase64(payload, pdf);
    }

    /** The package with the PDF cut out where it stands in base64 (its attachment); whole when it does not. */
    static StoredPayload inBase64(byte[] payload, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return whole(payload);
        }
        byte[] encoded = Base64.getEncoder().encode(pdf);
        int at = indexOf(payload, encoded);
        if (at < 0) {
            return whole(payload);
        }
        byte[] own = new byte[payload.length - encoded.length];
        System.arraycopy(payload, 0, own, 0, at);
        System.arraycopy(payload, at + encoded.length, own, at, own.length - at);
        return new StoredPayload(own, pdf, at, true);
    }

    /**
     * Whether the PDF was cut out of a package as the whole text of one element, in base64 (what the outbox keeps
     * of a package it wrote): the own bytes then read as that package with the element left empty.
     */
    boolean apartFromPackage() {
        return pdf != null && base64 && at > 0 && at + 1 < own.length && own[at - 1] == '>' && own[at] == '<'
                && own[at + 1] == '/';
    }

    /**
     * The payload read as an edXML package, with the PDF apart when it was cut out of the attachment's element;
     * read whole when that element turns out not to be the one the PDF stood in.
     */
    EdPackage readPackage() {
        if (apartFromPackage()) {
            try {
                return EdXml.read(own, pdf);
            } catch (InvalidPackage e) {
                // not what this vanthu writes (one attachment, its text cut out): the whole package says what is wrong
            }
        }
        return EdXml.read(payload());
    }

    /** The payload as it was given. */
    byte[] payload() {
        if (pdf == null) {
            return own;
        }
        byte[] part = base64 ? Base64.getEncoder().encode(pdf) : pdf;
        byte[] out = new byte[own.length + part.length];
        System.arraycopy(own, 0, out, 0, at);
        System.arraycopy(part, 0, out, at, part.length);
        System.arraycopy(own, at, out, at + part.length, own.length - at);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (haystack[i] == needle[0]
                    && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
