package vn.vanthu.document;

/**
 * Where a document stands on its way to issue. A draft carries the DỰ THẢO mark and a blank number and
 * day; the copy presented for signature (bản trình ký) has the final layout, no mark, and the number and
 * day still blank for the văn thư; a final document carries both.
 */
public enum Mode {
    DRAFT,
    FOR_SIGNATURE,
    FINAL;

    /** The number and the day are the văn thư's to fill in: blank on the page. */
    public boolean awaitsNumber() {
        return this != FINAL;
    }

    /** The signer's name belongs in the block: once the text goes to signature. */
    public boolean needsSigner() {
        return this != DRAFT;
    }
}
