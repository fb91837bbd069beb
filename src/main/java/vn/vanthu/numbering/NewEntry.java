package vn.vanthu.numbering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the văn thư registers when issuing: the issuing agency, the series, the issue date (its year
 * picks the register), the ký hiệu after the slash ("UBND-KGVX"), and the register's columns.
 */
public record NewEntry(String issuerId, Series series, LocalDate issuedOn, String symbol, String summary,
        String signer, String recipients, UUID dispatchId) {
}
