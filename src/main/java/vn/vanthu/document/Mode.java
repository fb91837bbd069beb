package vn.vanthu.document;

/**
 * Draft documents carry the DỰ THẢO mark and a blank number and day; final ones need both. A document
 * for signature is final in every way except that the number and the day stay blank: the văn thư fills
 * them in after the signer's digital signature (issue 12).
 */
public enum Mode {
    DRAFT,
    FINAL,
    FOR_SIGNATURE
}
