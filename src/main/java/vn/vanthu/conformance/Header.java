package vn.vanthu.conformance;

import java.util.List;

/**
 * The first-page header as located: banner (Quốc hiệu, or the Party header), Tiêu ngữ, issuer lines (bold,
 * upper case), parent-body lines, the Party star, number line, date line, whether the page is a draft (DỰ THẢO
 * mark) and whether the caller said the number and day are still the văn thư's to fill in. Absent elements
 * are null.
 */
record Header(TextLine banner, TextLine tieuNgu, List<TextLine> issuer, List<TextLine> parent, TextLine star,
        TextLine number, TextLine date, boolean draft, boolean awaitingNumber) {

    Header {
        issuer = List.copyOf(issuer);
        parent = List.copyOf(parent);
    }

    /** A blank number and day are right: a draft, or a copy presented for signature. */
    boolean blanksAllowed() {
        return draft || awaitingNumber;
    }

    /** The widest issuer line: rules and the number are centred on it. */
    TextLine widestIssuer() {
        return issuer.stream().max((a, b) -> Float.compare(a.width(), b.width())).orElse(null);
    }

    /** Baseline of the lowest header element, or 0 when there is none. */
    float end() {
        float end = 0;
        for (TextLine l : new TextLine[] {banner, tieuNgu, star, number, date}) {
            end = l == null ? end : Math.max(end, l.baseline());
        }
        for (TextLine l : issuer) {
            end = Math.max(end, l.baseline());
        }
        return end;
    }
}
