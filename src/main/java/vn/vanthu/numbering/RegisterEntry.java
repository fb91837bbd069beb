package vn.vanthu.numbering;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the sổ văn bản đi: the number assigned and the document it was given to. */
public record RegisterEntry(String issuerId, int year, Series series, int number, String symbol, LocalDate issuedOn,
        String summary, String signer, String recipients, UUID dispatchId) {

    /** "05/UBND-KGVX": the number zero-padded below 10, a slash, the ký hiệu. */
    public String numberAndSymbol() {
        return (number < 10 ? "0" + number : Integer.toString(number)) + "/" + symbol;
    }
}
