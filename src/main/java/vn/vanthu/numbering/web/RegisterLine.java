package vn.vanthu.numbering.web;

import java.time.LocalDate;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;

/** One line of the register as the API returns it: the columns of the printed sổ văn bản đi. */
record RegisterLine(LocalDate date, int number, String numberAndSymbol, String summary, String signer,
        String recipients, Series series) {

    static RegisterLine of(RegisterEntry entry) {
        return new RegisterLine(entry.issuedOn(), entry.number(), entry.numberAndSymbol(), entry.summary(),
                entry.signer(), entry.recipients(), entry.series());
    }

    /** The "Sổ" column: which series the number belongs to. */
    static String seriesLabel(Series series) {
        return series == Series.CONFIDENTIAL ? "Mật" : "Thường";
    }
}
