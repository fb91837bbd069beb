package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.exchange.edxml.BusinessType;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Header;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.StaffInfo;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * One data source: the edXML package of an issued dispatch, field by field against the text of the PDF
 * rendered from the same dispatch (read back with PDFBox), and against the shipped schema.
 */
class DispatchPackagesTests {

    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final LocalDate ON = LocalDate.of(2026, 3, 5);
    private static final Organ UBND = new Organ("000.00.00.H16", "Ủy ban nhân dân tỉnh Đắk Lắk", "09 Lê Duẩn",
            null, null, null);
    private static final Organ BMT = Organ.of("000.00.41.H16", "Ủy ban nhân dân thành phố Buôn Ma Thuột");

    private static EdDocument packageOf(Dispatch d, byte[] pdf) {
        String id = DispatchPackages.documentId(d, UBND.organId());
        byte[] xml = EdXml.write(DispatchPackages.of(d, pdf, 2, UBND, BMT, DispatchPackages.business(id,
                BusinessType.NEW, null, new StaffInfo("Văn thư", "H'Mai Êban", null), List.of()), List.of()));
        assertThat(EdXml.validate(xml)).as("valid against " + EdXml.SCHEMA).isEmpty();
        return (EdDocument) EdXml.read(xml);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyFieldOfThePackageIsWhatThePdfSays() throws IOException {
        Dispatch d = Seed002.dispatch(15, ON);
        byte[] pdf = Seed002.pdf(RENDERER, d);
        Header h = packageOf(d, pdf).header();
        String text = text(pdf);

        assertThat(h.codeNumber()).isEqualTo("15");
        assertThat(h.codeNotation()).isEqualTo("UBND-KGVX");
        assertThat(text).contains("Số: 15/UBND-KGVX");
        assertThat(h.documentId()).isEqualTo("000.00.00.H16,2026/03/05,15/UBND-KGVX");
        assertThat(h.promulgationDate()).isEqualTo(ON);
        assertThat(h.place()).isEqualTo("Đắk Lắk");
        assertThat(text).contains("Đắk Lắk, ngày 05 tháng 3 năm 2026");
        assertThat(h.typeName()).isEqualTo("Công văn");
        assertThat(h.subject()).isEqualTo("V/v triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội");
        assertThat(text).contains(h.subject());
        assertThat(h.signer().competence()).isEqualTo("KT. CHỦ TỊCH");
        assertThat(h.signer().position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(h.signer().fullName()).isEqualTo(Seed002.SIGNER);
        assertThat(text).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", Seed002.SIGNER);
        assertThat(h.other().priority()).isEqualTo(1);
        assertThat(text).contains("KHẨN");
        assertThat(h.toPlaces()).containsExactly("Thủ trưởng các sở, ban, ngành", "UBND các huyện, thị xã, thành phố",
                "CT, PCT UBND tỉnh", "CVP, PCVP UBND tỉnh", "Các phòng: TH, HCTC (QC45a)");
        for (String place : h.toPlaces()) {
            assertThat(text).contains(place);
        }
        assertThat(h.from()).isEqualTo(UBND);
        assertThat(h.to()).containsExactly(BMT);
        assertThat(PdfFields.mismatches(h, pdf)).isEmpty();
    }

    @Test
    void aPdfOfAnotherNumberOrSubjectDisagreesWithTheHeaderByName() {
        Dispatch d = Seed002.dispatch(15, ON);
        Header h = packageOf(d, Seed002.pdf(RENDERER, d)).header();
        byte[] otherNumber = Seed002.pdf(RENDERER, Seed002.dispatch(16, ON));
        byte[] otherSubject = Seed002.pdf(RENDERER, Seed002.dispatch(15, ON, "hủy bỏ kế hoạch năm 2026"));

        assertThat(PdfFields.mismatches(h, otherNumber)).singleElement().asString().contains("15/UBND-KGVX");
        assertThat(PdfFields.mismatches(h, otherSubject)).singleElement().asString().startsWith("trích yếu");
        assertThat(PdfFields.mismatches(h, "%PDF-1.4 broken".getBytes())).singleElement().asString()
                .contains("không đọc được");
    }
}
