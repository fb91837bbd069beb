package vn.vanthu.numbering;

/** Decree 30 Điều 15.2: confidential documents are numbered in a series of their own. */
public enum Series {
    ORDINARY, CONFIDENTIAL
}
