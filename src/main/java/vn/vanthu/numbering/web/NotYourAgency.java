package vn.vanthu.numbering.web;

/** The caller asked for the register of an agency it does not belong to; answered 403. */
final class NotYourAgency extends RuntimeException {

    private final String agency;

    NotYourAgency(String userId, String agency) {
        super("Người dùng " + userId + " không thuộc cơ quan " + agency
                + " nên không xem được sổ văn bản đi của cơ quan này.");
        this.agency = agency;
    }

    String agency() {
        return agency;
    }
}
