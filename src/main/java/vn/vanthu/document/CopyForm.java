package vn.vanthu.document;

import java.util.Locale;

/**
 * A copy of an issued document (Phụ lục I, Phần II): on paper, the copy block under a full-width line
 * after the copied text (Mẫu 3.1); electronically, only the ô 14 line in the top right corner of page 1
 * (Mẫu 3.2). The copying body, its copy number and date, the signer and the Nơi nhận of the copy.
 *
 * @param signedAt the time of the copying body's digital signature (ISO 8601) shown in ô 14
 */
public record CopyForm(Kind kind, boolean electronic, Issuer issuer, Integer number, IssueDate date,
        Signature signature, Distribution distribution, String signedAt) {

    /** Hình thức sao with the Phụ lục III abbreviation of its ký hiệu. */
    public enum Kind {
        SAO_Y("SAO Y", "SY"),
        SAO_LUC("SAO LỤC", "SL"),
        TRICH_SAO("TRÍCH SAO", "TrS");

        private final String text;
        private final String abbreviation;

        Kind(String text, String abbreviation) {
            this.text = text;
            this.abbreviation = abbreviation;
        }

        /** "SAO Y", as printed in the copy block. */
        public String text() {
            return text;
        }

        /** "SY", "SL", "TrS": the ký hiệu of the copy. */
        public String abbreviation() {
            return abbreviation;
        }

        /** The input code, e.g. "sao-y". */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** "SY-VPUBND": the copy's ký hiệu after the slash. */
    public String symbol() {
        return kind.abbreviation() + "-" + (issuer == null ? null : issuer.abbreviation());
    }
}
