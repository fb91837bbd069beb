package vn.vanthu.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edXML writer, reader and shipped schema, without Spring: round trips, refusals, hostile text. */
class EdXmlTests {

    private static final byte[] PDF = "%PDF-1.7 stand-in bytes".getBytes(StandardCharsets.US_ASCII);

    static EdDocument document(String subject, BusinessType type) {
        Header header = new Header(new Organ("000.00.00.H16", "Ủy ban nhân dân tỉnh Đắk Lắk", "09 Lê Duẩn",
                "ubnd@daklak.gov.vn", "0262.3852.128", null),
                List.of(Organ.of("000.00.41.H16", "Ủy ban nhân dân thành phố Buôn Ma Thuột")),
                EdXml.documentId("000.00.00.H16", LocalDate.of(2026, 3, 5), "15/UBND-KGVX"), "15", "UBND-KGVX",
                "Đắk Lắk", LocalDate.of(2026, 3, 5), 18, "Công văn", subject,
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Thu Hà"), null,
                new Header.OtherInfo(1, "Liên thông văn bản quốc gia", "HM", 12, 2, List.of()),
                List.of("Thủ trưởng các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"), List.of());
        Business business = new Business(header.documentId(), type, type.label(),
                new StaffInfo("Văn thư", "H'Mai Êban", "vt.ubnd@daklak.gov.vn"),
                type == BusinessType.REPLACE ? List.of(new Business.Replacement(
                        "000.00.00.H16,2026/03/01,12/UBND-KGVX", List.of("000.00.41.H16"))) : List.of());
        return new EdDocument(header, List.of(new EdDocument.TraceHeader("000.00.00.H16",
                LocalDateTime.of(2026, 3, 5, 9, 30, 0))), business,
                new Attachment("15-UBND-KGVX.pdf", "application/pdf", "Văn bản đã ký", PDF));
    }

    @Test
    void aDocumentPackageValidatesAndReadsBackField() {
        EdDocument written = document("V/v triển khai Báo cáo số 51/BC-ĐGS", BusinessType.NEW);
        byte[] xml = EdXml.write(written);

        assertThat(EdXml.validate(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xmlns:edXML=\"" + EdXml.NAMESPACE + "\"",
                "<edXML:BussinessDocType>0</edXML:BussinessDocType>", "<edXML:CodeNumber>15</edXML:CodeNumber>",
                "<edXML:ContentTransferEncoded>" + java.util.Base64.getEncoder().encodeToString(PDF)
                        + "</edXML:ContentTransferEncoded></edXML:Attachment>");
        EdDocument read = (EdDocument) EdXml.read(xml);
        assertThat(read.header()).isEqualTo(written.header());
        assertThat(read.business()).isEqualTo(written.business());
        assertThat(read.traces()).isEqualTo(written.traces());
        assertThat(read.attachment().content()).isEqualTo(PDF);
        assertThat(read.attachment().name()).isEqualTo("15-UBND-KGVX.pdf");
    }

    @Test
    void aPackageWithItsAttachmentKeptApartReadsAsTheWholeOne() {
        byte[] xml = EdXml.write(document("V/v triển khai Báo cáo số 51/BC-ĐGS", BusinessType.NEW));
        String text = new String(xml, StandardCharsets.UTF_8);
        byte[] own = text.replace(java.util.Base64.getEncoder().encodeToString(PDF), "").getBytes(StandardCharsets.UTF_8);

        EdDocument whole = (EdDocument) EdXml.read(xml);
        EdDocument apart = (EdDocument) EdXml.read(own, PDF);
        assertThat(apart.header()).isEqualTo(whole.header());
        assertThat(apart.business()).isEqualTo(whole.business());
        assertThat(apart.traces()).isEqualTo(whole.traces());
        assertThat(apart.attachment().content()).isEqualTo(PDF);
        assertThat(apart.attachment().name()).isEqualTo(whole.attachment().name());
        // the attachment still in place, or none at all: nothing for the bytes kept apart to stand for
        assertThatThrownBy(() -> EdXml.read(xml, PDF)).isInstanceOf(InvalidPackage.class)
                .hasMessageContaining("1 tệp đính kèm");
        byte[] none = text.replaceAll("(?s)<edXML:AttachmentEncoded>.*</edXML:AttachmentEncoded>", "")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EdXml.read(none, PDF)).isInstanceOf(InvalidPackage.class)
                .hasMessageContaining("0 tệp đính kèm");
        // what the schema refuses is refused the same way
        byte[] noSubject = new String(own, StandardCharsets.UTF_8).replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EdXml.read(noSubject, PDF)).isInstanceOf(InvalidPackage.class)
                .hasMessageContaining("Subject");
    }

    @Test
    void aPackageWrittenApartIsTheWholeOneWithoutItsBase64() {
        EdDocument doc = document("V/v triển khai Báo cáo số 51/BC-ĐGS", BusinessType.NEW);
        byte[] whole = EdXml.write(doc);
        EdXml.Apart apart = EdXml.writeApart(doc);
        byte[] encoded = java.util.Base64.getEncoder().encode(PDF);

        java.io.ByteArrayOutputStream spliced = new java.io.ByteArrayOutputStream();
        spliced.write(apart.own(), 0, apart.at());
        spliced.writeBytes(encoded);
        spliced.write(apart.own(), apart.at(), apart.own().length - apart.at());
        assertThat(spliced.toByteArray()).isEqualTo(whole);
        assertThat(((EdDocument) EdXml.read(apart.own(), PDF)).header()).isEqualTo(doc.header());
        // without an attachment there is nothing to keep apart
        EdDocument bare = new EdDocument(doc.header(), doc.traces(), doc.business(), null);
        assertThat(EdXml.writeApart(bare).at()).isEqualTo(-1);
        assertThat(EdXml.writeApart(bare).own()).isEqualTo(EdXml.write(bare));
    }

    @Test
    void recallAndReplacementCarryTheirBusinessType() {
        EdDocument recall = (EdDocument) EdXml.read(EdXml.write(document("V/v thử", BusinessType.RECALL)));
        EdDocument replace = (EdDocument) EdXml.read(EdXml.write(document("V/v thử", BusinessType.REPLACE)));

        assertThat(recall.business().type()).isEqualTo(BusinessType.RECALL);
        assertThat(replace.business().replacements()).singleElement()
                .satisfies(r -> assertThat(r.organIds()).containsExactly("000.00.41.H16"));
    }

    @Test
    void aStatusAnswerRoundTrips() {
        StatusMessage status = new StatusMessage(Organ.of("000.00.41.H16", "UBND thành phố Buôn Ma Thuột"),
                new ResponseFor("000.00.00.H16", "15/UBND-KGVX", LocalDate.of(2026, 3, 5),
                        "000.00.00.H16,2026/03/05,15/UBND-KGVX"), new StaffInfo("Văn phòng", "Nguyễn Văn A", null),
                StatusCode.REFUSED, "Sai nơi nhận", LocalDateTime.of(2026, 3, 6, 8, 0, 0));
        byte[] xml = EdXml.write(status);

        assertThat(EdXml.validate(xml)).isEmpty();
        assertThat(EdXml.read(xml)).isEqualTo(status);
    }

    @Test
    void hostileTextStaysLiteral() {
        String hostile = "V/v <script>alert(1)</script> & ]]> \"trích\" 'yếu'";
        byte[] xml = EdXml.write(document(hostile, BusinessType.NEW));

        assertThat(EdXml.validate(xml)).isEmpty();
        assertThat(((EdDocument) EdXml.read(xml)).header().subject()).isEqualTo(hostile);
    }

    @Test
    void somethingElseIsRefusedNamingTheProblem() {
        String missingSubject = new String(EdXml.write(document("V/v thử", BusinessType.NEW)), StandardCharsets.UTF_8)
                .replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "");
        assertThatThrownBy(() -> EdXml.read(missingSubject.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidPackage.class).hasMessageContaining("Subject");
        assertThatThrownBy(() -> EdXml.read("không phải XML".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidPackage.class);
        String badOrgan = new String(EdXml.write(document("V/v thử", BusinessType.NEW)), StandardCharsets.UTF_8)
                .replace("000.00.41.H16", "ubnd-bmt");
        assertThat(EdXml.validate(badOrgan.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void readingRefusesWithEveryProblemTheSchemaNames() {
        String twoFaults = new String(EdXml.write(document("V/v thử", BusinessType.NEW)), StandardCharsets.UTF_8)
                .replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "").replace("000.00.41.H16", "ubnd-bmt");
        byte[] xml = twoFaults.getBytes(StandardCharsets.UTF_8);
        List<String> named = EdXml.validate(xml);

        assertThat(named).hasSizeGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> EdXml.read(xml)).isInstanceOfSatisfying(InvalidPackage.class,
                refused -> assertThat(refused.problems()).isEqualTo(named));
        assertThatThrownBy(() -> EdXml.read(new byte[0])).isInstanceOfSatisfying(InvalidPackage.class,
                refused -> assertThat(refused.problems()).isEqualTo(EdXml.validate(new byte[0])));
    }

    @Test
    void theSchemaLeavesTheTextAsSent() {
        EdDocument written = document("V/v  hai   khoảng trắng\tvà tab", BusinessType.NEW);

        EdDocument read = (EdDocument) EdXml.read(EdXml.write(written));

        assertThat(read.header().subject()).isEqualTo("V/v  hai   khoảng trắng\tvà tab");
    }

    @Test
    void aDoctypeIsNeverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + EdXml.NAMESPACE + "\">&x;</edXML>";
        assertThatThrownBy(() -> EdXml.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidPackage.class).hasMessageContaining("DOCTYPE");
    }
}
