package vn.vanthu.numbering.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vanthu.numbering.RegisterEntry;

/** The register as CSV that Excel opens with its Vietnamese intact: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
final class RegisterCsv {

    static final String HEADER = "Ngày,Số ký hiệu,Trích yếu,Người ký,Nơi nhận,Sổ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterCsv() {
    }

    static byte[] of(List<RegisterEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (RegisterEntry e : entries) {
            csv.append(String.join(",", cell(DATE.format(e.issuedOn())), cell(e.numberAndSymbol()), cell(e.summary()),
                    cell(e.signer()), cell(undashed(e.recipients())), cell(RegisterLine.seriesLabel(e.series())))).append("\r\n");
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /** The Nơi nhận one per line, without the printed list's "- " (which would make every such cell a formula). */
    private static String undashed(String recipients) {
        return recipients == null ? null : recipients.replaceAll("(?m)^[ \t]*-[ \t]*", "");
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // Excel runs a cell starting with = + - @ as a formula (OWASP's CSV injection); a leading apostrophe keeps it text
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
