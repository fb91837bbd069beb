package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A payload read back is the very bytes given, whether the PDF was cut out of it (as is, in base64) or not. */
class StoredPayloadTests {

    private static final byte[] PDF = "%PDF-1.7 nội dung \u0000\u00ff văn bản %%EOF".getBytes(StandardCharsets.UTF_8);

    /** As the outbox cuts an e-mail's or a package's payload. */
    private static StoredPayload of(byte[] payload, byte[] pdf) {
        return StoredPayload.of(payload, pdf);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aPackageKeepsItsOwnBytesAndThePdfGoesBackInBase64WhereItStood() {
        byte[] encoded = Base64.getEncoder().encode(PDF);
        byte[] pkg = concat(bytes("<edXML:ContentTransferEncoded>"), encoded, bytes("</edXML:ContentTransferEncoded>"));
        StoredPayload stored = of(pkg, PDF);
        assertThat(stored.pdf()).isEqualTo(PDF);
        assertThat(stored.base64()).isTrue();
        assertThat(stored.at()).isEqualTo("<edXML:ContentTransferEncoded>".length());
        assertThat(stored.own()).isEqualTo(bytes("<edXML:ContentTransferEncoded></edXML:ContentTransferEncoded>"));
        assertThat(stored.payload()).isEqualTo(pkg);
        assertThat(stored.apartFromPackage()).isTrue();
    }

    @Test
    void theBase64AtTheVeryStartOrEndIsCutToo() {
        byte[] encoded = Base64.getEncoder().encode(PDF);
        for (byte[] pkg : new byte[][] {concat(encoded, bytes("</x>")), concat(bytes("<x>"), encoded), encoded}) {
            StoredPayload stored = of(pkg, PDF);
            assertThat(stored.pdf()).isNotNull();
            assertThat(stored.payload()).isEqualTo(pkg);
            // not an element's whole text: an inbox reads such a payload back whole
            assertThat(stored.apartFromPackage()).isFalse();
        }
        assertThat(of(concat(bytes("<x>a"), encoded, bytes("</x>")), PDF).apartFromPackage()).isFalse();
        assertThat(of(concat(bytes("<x>"), encoded, bytes("a</x>")), PDF).apartFromPackage()).isFalse();
    }

    @Test
    void anEmailCarriesThePdfAsIsAndKeepsNothingOfItsOwn() {
        StoredPayload stored = of(PDF.clone(), PDF);
        assertThat(stored.own()).isEmpty();
        assertThat(stored.base64()).isFalse();
        assertThat(stored.payload()).isEqualTo(PDF);
        assertThat(stored.apartFromPackage()).isFalse();
    }

    @Test
    void aPayloadWithoutThePdfIsKeptWhole() {
        byte[] recall = bytes("<edXML:Business>thu hồi</edXML:Business>");
        byte[] almost = concat(bytes("<x>"), java.util.Arrays.copyOf(Base64.getEncoder().encode(PDF),
                Base64.getEncoder().encode(PDF).length - 1), bytes("</x>"));
        for (byte[] payload : new byte[][] {recall, almost, new byte[0], concat(PDF, bytes(" "))}) {
            StoredPayload stored = of(payload, PDF);
            assertThat(stored.pdf()).isNull();
            assertThat(stored.own()).isEqualTo(payload);
            assertThat(stored.payload()).isEqualTo(payload);
            assertThat(stored.apartFromPackage()).isFalse();
        }
        assertThat(of(recall, null).payload()).isEqualTo(recall);
        assertThat(of(recall, new byte[0]).pdf()).isNull();
    }

    @Test
    void aPackageIsOnlyCutWhereThePdfStandsInBase64() {
        assertThat(StoredPayload.inBase64(PDF.clone(), PDF).pdf()).isNull();
        byte[] pkg = concat(bytes("<x>"), Base64.getEncoder().encode(PDF), bytes("</x>"));
        assertThat(StoredPayload.inBase64(pkg, PDF).base64()).isTrue();
        assertThat(StoredPayload.inBase64(pkg, PDF).payload()).isEqualTo(pkg);
    }

    @Test
    void onlyTheFirstOfTwoCopiesIsCutAndBothComeBack() {
        byte[] encoded = Base64.getEncoder().encode(PDF);
        byte[] pkg = concat(bytes("<a>"), encoded, bytes("</a><b>"), encoded, bytes("</b>"));
        StoredPayload stored = of(pkg, PDF);
        assertThat(stored.at()).isEqualTo(3);
        assertThat(stored.payload()).isEqualTo(pkg);
    }

    @Test
    void aPackageReadsTheSameWithItsPdfApartAndWholeWhenTheCutWasNotItsAttachment() {
        vn.vanthu.exchange.edxml.Organ from = vn.vanthu.exchange.edxml.Organ.of("000.00.00.H16", "UBND tỉnh Đắk Lắk");
        vn.vanthu.exchange.edxml.Organ to = vn.vanthu.exchange.edxml.Organ.of("000.00.41.H16", "UBND TP Buôn Ma Thuột");
        vn.vanthu.document.Dispatch d = Seed002.dispatch(15, java.time.LocalDate.of(2026, 3, 5));
        String id = DispatchPackages.documentId(d, from.organId());
        byte[] pkg = vn.vanthu.exchange.edxml.EdXml.write(DispatchPackages.of(d, PDF, 1, from, to,
                DispatchPackages.business(id, vn.vanthu.exchange.edxml.BusinessType.NEW, null, null,
                        java.util.List.of()), java.util.List.of()));
        var whole = (vn.vanthu.exchange.edxml.EdDocument) vn.vanthu.exchange.edxml.EdXml.read(pkg);

        StoredPayload stored = of(pkg, PDF);
        assertThat(stored.apartFromPackage()).isTrue();
        var apart = (vn.vanthu.exchange.edxml.EdDocument) stored.readPackage();
        assertThat(apart.header()).isEqualTo(whole.header());
        assertThat(apart.business()).isEqualTo(whole.business());
        assertThat(apart.attachment().content()).isEqualTo(PDF);

        // the PDF's base64 standing first as another element's text: that is what was cut, and the package reads whole
        String encoded = Base64.getEncoder().encodeToString(PDF);
        byte[] odd = bytes(new String(pkg, StandardCharsets.UTF_8).replaceFirst("<edXML:Subject>[^<]*</edXML:Subject>",
                "<edXML:Subject>" + encoded + "</edXML:Subject>"));
        StoredPayload cutElsewhere = of(odd, PDF);
        assertThat(cutElsewhere.apartFromPackage()).isTrue();
        var read = (vn.vanthu.exchange.edxml.EdDocument) cutElsewhere.readPackage();
        assertThat(read.header().subject()).isEqualTo(encoded);
        assertThat(read.attachment().content()).isEqualTo(PDF);
    }
}
