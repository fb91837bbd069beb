package vn.vanthu.signing;

import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** The 10 pt information of an appendix signed in a separate file: số và ký hiệu, then the signing time. */
final class AppendixText {

    /** Vietnam time, ISO 8601 with its offset: 2026-11-30T09:15:00+07:00. */
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private AppendixText() {
    }

    static String time(Date when) {
        return OffsetDateTime.ofInstant(when.toInstant(), VIETNAM).truncatedTo(ChronoUnit.SECONDS).format(ISO);
    }

    static SignatureImageTextParameters of(String numberAndSymbol, Date when) {
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        text.setText("Số: " + numberAndSymbol + ", " + time(when));
        InputStream font = AppendixText.class.getClassLoader().getResourceAsStream("fonts/LiberationSerif-Regular.ttf");
        DSSFileFont regular = new DSSFileFont(font);
        regular.setSize(10);
        regular.setEmbedFontSubset(true);
        text.setFont(regular);
        text.setTextColor(Color.BLACK);
        // no white box over whatever the top band already shows (ô 11, for one)
        text.setBackgroundColor(null);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.RIGHT);
        text.setPadding(0);
        return text;
    }
}
