package vn.vanthu.exchange.edxml;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * edXML packages (QCVN 102:2016/BTTTT) as vanthu writes and reads them; the schema they follow ships
 * as {@code /edxml/qcvn-102-2016.xsd}. Reading validates against it first and refuses anything else.
 */
public final class EdXml {

    /** The namespace of every edXML element. */
    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** Where the schema lives on the classpath. */
    public static final String SCHEMA = "/edxml/qcvn-102-2016.xsd";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private EdXml() {
    }

    /** The package of a document, as UTF-8 XML. */
    public static byte[] write(EdDocument document) {
        return EdXmlWriter.document(document);
    }

    /** A document's package with its attachment's base64 left out, and where that goes back in (-1: none). */
    public record Apart(byte[] own, int at) {
    }

    /**
     * The package of a document with its attachment's element left empty, and where the base64 goes back in: what
     * the outbox keeps of each recipient's package (V21), written without encoding the PDF once per recipient.
     */
    public static Apart writeApart(EdDocument document) {
        Attachment a = document.attachment();
        if (a == null) {
            return new Apart(EdXmlWriter.document(document), -1);
        }
        byte[] own = EdXmlWriter.document(new EdDocument(document.header(), document.traces(), document.business(),
                new Attachment(a.name(), a.contentType(), a.description(), new byte[0])));
        return new Apart(own, lastIndexOf(own, EMPTY_CONTENT) + CONTENT_START.length());
    }

    /** The package of a status answer, as UTF-8 XML. */
    public static byte[] write(StatusMessage status) {
        return EdXmlWriter.status(status);
    }

    /** Reads a package; throws {@link InvalidPackage} naming every problem when it is not one. */
    public static EdPackage read(byte[] xml) {
        EdXmlSchema.Parsed parsed = valid(xml);
        return EdXmlReader.read(parsed.root(), parsed.attachments());
    }

    /**
     * Reads a package whose one attachment was kept apart, its base64 cut out and its element left empty (an
     * outbox message of this vanthu): {@code attachment} stands for that content. Why: a PDF's base64 is most of
     * a package's bytes, and encoding it back only to decode it again was about a quarter of a delivery between
     * agencies.
     */
    public static EdPackage read(byte[] xml, byte[] attachment) {
        EdXmlSchema.Parsed parsed = valid(xml);
        if (parsed.attachments().size() != 1 || parsed.attachments().get(0).length != 0) {
            throw new InvalidPackage(List.of("gói tin có " + parsed.attachments().size()
                    + " tệp đính kèm, không phải đúng một tệp để trống: không ghép được tệp đính kèm giữ riêng"));
        }
        return EdXmlReader.read(parsed.root(), List.of(attachment));
    }

    private static final String CONTENT_START = "<edXML:ContentTransferEncoded>";
    private static final byte[] EMPTY_CONTENT = (CONTENT_START + "</edXML:ContentTransferEncoded>")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("gói tin không có phần tử ContentTransferEncoded để trống");
    }

    private static EdXmlSchema.Parsed valid(byte[] xml) {
        EdXmlSchema.Parsed parsed = EdXmlSchema.parse(xml, true);
        if (!parsed.problems().isEmpty()) {
            throw new InvalidPackage(parsed.problems());
        }
        return parsed;
    }

    /** The schema's complaints about the bytes; empty when they are a valid package. */
    public static List<String> validate(byte[] xml) {
        return EdXmlSchema.validate(xml);
    }

    /** "000.00.00.H16,2026/03/05,15/UBND-KGVX": the DocumentId of a document. */
    public static String documentId(String organId, java.time.LocalDate date, String code) {
        return organId + "," + DATE.format(date) + "," + code;
    }
}
