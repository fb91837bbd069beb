package vn.vanthu.document;

import java.util.List;

/**
 * The signature block (ô 7a–7c, 8): authority lines, the signer's own title when it differs,
 * the signer's name, and the images that electronic signing places later.
 */
public record Signature(List<Authority> authority, String title, String name, byte[] signatureImage,
        byte[] sealImage) {

    public Signature {
        authority = authority == null ? List.of() : List.copyOf(authority);
    }

    /** The same block carrying the signer's signature image and the body's seal image (PNG). */
    public Signature withImages(byte[] signaturePng, byte[] sealPng) {
        return new Signature(authority, title, name, signaturePng, sealPng);
    }
}
