package vn.vanthu.document;

/** Draft documents carry the DỰ THẢO mark and a blank number and day; final ones need both. */
public enum Mode {
    DRAFT,
    FINAL
}
