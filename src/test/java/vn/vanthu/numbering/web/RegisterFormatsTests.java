package vn.vanthu.numbering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.numbering.RegisterEntry;
import vn.vanthu.numbering.Series;

/** The CSV cells Excel could misread, and the Decree 30 date line of the printed register. */
class RegisterFormatsTests {

    @Test
    void cellsExcelWouldRunAsFormulasStayText() {
        String csv = csv(entry("=HYPERLINK(\"http://x\")", "+84 262", "@SUM(A1)"));
        assertThat(csv.split("\r\n")[1]).isEqualTo(
                "05/03/2026,10/UBND-VP,\"'=HYPERLINK(\"\"http://x\"\")\",'+84 262,'@SUM(A1),Thường");
    }

    @Test
    void aCellStartingWithAMinusStaysTextToo() {
        // the DDE payload of OWASP's CSV injection page starts with "-"; Excel also shows #NAME? for "- Như trên"
        String csv = csv(entry("-2+3+cmd|' /C calc'!A0", "-Nguyễn Văn A", "Như trên"));
        assertThat(csv.split("\r\n")[1]).isEqualTo(
                "05/03/2026,10/UBND-VP,'-2+3+cmd|' /C calc'!A0,'-Nguyễn Văn A,Như trên,Thường");
    }

    @Test
    void lineBreaksInACellAreQuotedNotSplitAndTheListsDashesAreThePagesNotTheRegisters() {
        String csv = csv(entry("Trích yếu", "Nguyễn Văn A", "- Như trên;\n- Lưu: VT."));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(",\"Như trên;\nLưu: VT.\",");
    }

    @Test
    void dateLinePadsDaysBelowTenAndOnlyJanuaryAndFebruary() {
        assertThat(RegisterPdf.placeAndDate("Đắk Lắk", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Đắk Lắk, ngày 05 tháng 02 năm 2026");
        assertThat(RegisterPdf.placeAndDate("Đắk Lắk", LocalDate.of(2026, 3, 15)))
                .isEqualTo("Đắk Lắk, ngày 15 tháng 3 năm 2026");
        assertThat(RegisterPdf.placeAndDate("Đắk Lắk", LocalDate.of(2026, 12, 31)))
                .isEqualTo("Đắk Lắk, ngày 31 tháng 12 năm 2026");
    }

    private static String csv(RegisterEntry entry) {
        byte[] bytes = RegisterCsv.of(List.of(entry));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static RegisterEntry entry(String summary, String signer, String recipients) {
        return new RegisterEntry("ubnd", 2026, Series.ORDINARY, 10, "UBND-VP", LocalDate.of(2026, 3, 5), summary,
                signer, recipients, null);
    }
}
