package vn.vanthu.numbering.web;

import vn.vanthu.platform.NamedFact;

/** The caller asked for the register of an agency it does not belong to; answered 403. */
final class NotYourAgency extends NamedFact {

    NotYourAgency(String userId, String agency) {
        super(403, "agency", "Người dùng " + userId + " không thuộc cơ quan " + agency
                + " nên không xem được sổ văn bản đi của cơ quan này.");
    }
}
