package vn.vanthu.document;

/** Which presentation rules apply: the State's Decree 30 or the Party's Hướng dẫn 36-HD/VPTW. */
public enum Style {
    /** Decree 30/2020/NĐ-CP, Phụ lục I. */
    ND30,
    /** Hướng dẫn 36-HD/VPTW (Party committees and their bodies). */
    PARTY
}
