package vn.vanthu.exchange.edxml;

import static vn.vanthu.exchange.edxml.XmlIn.child;
import static vn.vanthu.exchange.edxml.XmlIn.children;
import static vn.vanthu.exchange.edxml.XmlIn.optional;
import static vn.vanthu.exchange.edxml.XmlIn.text;
import static vn.vanthu.exchange.edxml.XmlIn.texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads a package the schema has accepted into records; every text NFC-normalised and trimmed. */
final class EdXmlReader {

    private EdXmlReader() {
    }

    /** The package whose tree the schema has accepted, with its attachments' bytes decoded on the way. */
    static EdPackage read(Element root, List<byte[]> attachments) {
        Element header = child(child(child(root, "edXMLEnvelope"), "edXMLHeader"), null);
        if ("Status".equals(header.getLocalName())) {
            return status(header);
        }
        return document(root, header, attachments);
    }

    private static EdDocument document(Element root, Element message, List<byte[]> attachments) {
        Element envelopeHeader = (Element) message.getParentNode();
        List<Organ> to = new ArrayList<>();
        for (Element e : children(message, "To")) {
            to.add(organ(e));
        }
        Element code = child(message, "Code");
        Element promulgation = child(message, "PromulgationInfo");
        Element type = child(message, "DocumentType");
        Element signer = child(message, "SignerInfo");
        Element other = child(message, "OtherInfo");
        List<ResponseFor> answers = new ArrayList<>();
        for (Element e : children(message, "ResponseFor")) {
            answers.add(responseFor(e));
        }
        Element places = optional(message, "ToPlaces");
        Element appendixes = optional(other, "Appendixes");
        Header header = new Header(organ(child(message, "From")), to, text(message, "DocumentId"),
                text(code, "CodeNumber"), text(code, "CodeNotation"), text(promulgation, "Place"),
                date(text(promulgation, "PromulgationDate")), Integer.parseInt(text(type, "Type")),
                text(type, "TypeName"), text(message, "Subject"), new Signer(text(signer, "Competence"),
                text(signer, "Position"), text(signer, "FullName")), date(text(message, "DueDate")),
                new Header.OtherInfo(Integer.parseInt(text(other, "Priority")), text(other, "SphereOfPromulgation"),
                        text(other, "TyperNotation"), number(text(other, "PromulgationAmount")),
                        number(text(other, "PageAmount")), texts(appendixes, "Appendix")),
                texts(places, "Place"), answers);
        Element traces = child(envelopeHeader, "TraceHeaderList");
        List<EdDocument.TraceHeader> trace = new ArrayList<>();
        for (Element e : children(traces, "TraceHeader")) {
            trace.add(new EdDocument.TraceHeader(text(e, "OrganId"), timestamp(text(e, "Timestamp"))));
        }
        return new EdDocument(header, trace, business(child(traces, "Bussiness")), attachment(root, attachments));
    }

    private static Business business(Element b) {
        List<Business.Replacement> replacements = new ArrayList<>();
        Element list = optional(b, "ReplacementInfoList");
        for (Element r : children(list, "ReplacementInfo")) {
            replacements.add(new Business.Replacement(text(r, "DocumentId"), texts(child(r, "OrganIdList"), "OrganId")));
        }
        int code = Integer.parseInt(text(b, "BussinessDocType"));
        return new Business(text(b, "DocumentId"), BusinessType.of(code).orElseThrow(), text(b, "BussinessDocReason"),
                staff(optional(b, "StaffInfo")), replacements);
    }

    private static Attachment attachment(Element root, List<byte[]> attachments) {
        Element encoded = optional(root, "AttachmentEncoded");
        if (encoded == null) {
            return null;
        }
        Element a = child(encoded, "Attachment");
        // the first Attachment's content is the first decoded: the schema puts ContentTransferEncoded in each
        return new Attachment(text(a, "AttachmentName"), text(a, "ContentType"), text(a, "Description"),
                attachments.get(0));
    }

    private static StatusMessage status(Element s) {
        return new StatusMessage(organ(child(s, "From")), responseFor(child(s, "ResponseFor")),
                staff(optional(s, "StaffInfo")), StatusCode.of(text(s, "StatusCode")).orElseThrow(() ->
                new InvalidPackage(List.of("mã trạng thái " + text(s, "StatusCode") + " không được hỗ trợ"))),
                text(s, "Description"), timestamp(text(s, "Timestamp")));
    }

    private static Organ organ(Element e) {
        return new Organ(text(e, "OrganId"), text(e, "OrganName"), text(e, "OrganAdd"), text(e, "Email"),
                text(e, "Telephone"), text(e, "Website"));
    }

    private static ResponseFor responseFor(Element e) {
        return new ResponseFor(text(e, "OrganId"), text(e, "Code"), date(text(e, "PromulgationDate")),
                text(e, "DocumentId"));
    }

    private static StaffInfo staff(Element e) {
        return e == null ? null : new StaffInfo(text(e, "Department"), text(e, "Staff"), text(e, "Email"));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text, EdXml.DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidPackage(List.of("ngày " + text + " không có thật"));
        }
    }

    private static LocalDateTime timestamp(String text) {
        try {
            return LocalDateTime.parse(text, EdXml.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new InvalidPackage(List.of("thời điểm " + text + " không có thật"));
        }
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
