package vn.vanthu.exchange.edxml;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes packages with the JDK's StAX writer, every element in the edXML namespace, prefix "edXML". */
final class EdXmlWriter {

    private static final String CONTENT_ID = "cid:1";

    private final XMLStreamWriter out;
    private final ByteArrayOutputStream bytes;

    private EdXmlWriter(XMLStreamWriter out, ByteArrayOutputStream bytes) {
        this.out = out;
        this.bytes = bytes;
    }

    static byte[] document(EdDocument d) {
        return write(w -> {
            w.start("edXMLEnvelope");
            w.start("edXMLHeader");
            w.header(d.header());
            w.start("TraceHeaderList");
            for (EdDocument.TraceHeader t : d.traces()) {
                w.start("TraceHeader");
                w.text("OrganId", t.organId());
                w.text("Timestamp", EdXml.TIMESTAMP.format(t.timestamp()));
                w.end();
            }
            w.business(d.business());
            w.end();
            w.end();
            if (d.attachment() != null) {
                w.start("edXMLBody");
                w.start("edXMLManifest");
                w.out.writeAttribute("version", "1.0");
                w.start("Reference");
                w.text("ContentId", CONTENT_ID);
                w.text("ContentType", d.attachment().contentType());
                w.text("Description", d.attachment().description());
                w.text("AttachmentName", d.attachment().name());
                w.end();
                w.end();
                w.end();
            }
            w.end();
            if (d.attachment() != null) {
                w.start("AttachmentEncoded");
                w.start("Attachment");
                w.text("ContentId", CONTENT_ID);
                w.text("AttachmentName", d.attachment().name());
                w.text("Description", d.attachment().description());
                w.text("ContentType", d.attachment().contentType());
                w.base64("ContentTransferEncoded", d.attachment().content());
                w.end();
                w.end();
            }
        });
    }

    static byte[] status(StatusMessage s) {
        return write(w -> {
            w.start("edXMLEnvelope");
            w.start("edXMLHeader");
            w.start("Status");
            w.organ("From", s.from());
            w.responseFor(s.responseFor());
            w.staff(s.staff());
            w.text("StatusCode", s.code().code());
            w.text("Description", s.description());
            w.text("Timestamp", EdXml.TIMESTAMP.format(s.timestamp()));
            w.end();
            w.end();
            w.end();
        });
    }

    private void header(Header h) throws XMLStreamException {
        start("MessageHeader");
        organ("From", h.from());
        for (Organ to : h.to()) {
            organ("To", to);
        }
        text("DocumentId", h.documentId());
        start("Code");
        text("CodeNumber", h.codeNumber());
        text("CodeNotation", h.codeNotation());
        end();
        start("PromulgationInfo");
        text("Place", h.place());
        text("PromulgationDate", EdXml.DATE.format(h.promulgationDate()));
        end();
        start("DocumentType");
        text("Type", Integer.toString(h.typeCode()));
        text("TypeDetail", "0");
        text("TypeName", h.typeName());
        end();
        text("Subject", h.subject());
        start("SignerInfo");
        text("Competence", h.signer().competence());
        text("Position", h.signer().position());
        text("FullName", h.signer().fullName());
        end();
        text("DueDate", h.dueDate() == null ? null : EdXml.DATE.format(h.dueDate()));
        Header.OtherInfo o = h.other();
        start("OtherInfo");
        text("Priority", Integer.toString(o.priority()));
        text("SphereOfPromulgation", o.sphere());
        text("TyperNotation", o.typerNotation());
        text("PromulgationAmount", o.promulgationAmount() == null ? null : o.promulgationAmount().toString());
        text("PageAmount", o.pageAmount() == null ? null : o.pageAmount().toString());
        if (!o.appendixes().isEmpty()) {
            start("Appendixes");
            for (String a : o.appendixes()) {
                text("Appendix", a);
            }
            end();
        }
        end();
        if (!h.toPlaces().isEmpty()) {
            start("ToPlaces");
            for (String place : h.toPlaces()) {
                text("Place", place);
            }
            end();
        }
        for (ResponseFor r : h.responseFor()) {
            responseFor(r);
        }
        end();
    }

    private void business(Business b) throws XMLStreamException {
        start("Bussiness");
        text("DocumentId", b.documentId());
        text("BussinessDocType", Integer.toString(b.type().code()));
        text("BussinessDocReason", b.reason());
        text("Paper", "0");
        staff(b.staff());
        if (!b.replacements().isEmpty()) {
            start("ReplacementInfoList");
            for (Business.Replacement r : b.replacements()) {
                start("ReplacementInfo");
                text("DocumentId", r.documentId());
                start("OrganIdList");
                for (String organ : r.organIds()) {
                    text("OrganId", organ);
                }
                end();
                end();
            }
            end();
        }
        end();
    }

    private void organ(String name, Organ o) throws XMLStreamException {
        start(name);
        text("OrganId", o.organId());
        text("OrganName", o.name());
        text("OrganAdd", o.address());
        text("Email", o.email());
        text("Telephone", o.telephone());
        text("Website", o.website());
        end();
    }

    private void responseFor(ResponseFor r) throws XMLStreamException {
        start("ResponseFor");
        text("OrganId", r.organId());
        text("Code", r.code());
        text("PromulgationDate", EdXml.DATE.format(r.promulgationDate()));
        text("DocumentId", r.documentId());
        end();
    }

    private void staff(StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        start("StaffInfo");
        text("Department", s.department());
        text("Staff", s.staff());
        text("Email", s.email());
        end();
    }

    private void start(String name) throws XMLStreamException {
        out.writeStartElement("edXML", name, EdXml.NAMESPACE);
    }

    private void end() throws XMLStreamException {
        out.writeEndElement();
    }

    /** An element with text; nothing at all when the value is absent (the schema makes those optional). */
    private void text(String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        start(name);
        out.writeCharacters(value);
        end();
    }

    /**
     * An element of base64 text, written straight into the output: base64 is ASCII and needs no escaping, while
     * the StAX writer checks every character of what is the bulk of a package (a 250 KB PDF is 340 KB of text).
     */
    private void base64(String name, byte[] content) throws XMLStreamException {
        start(name);
        out.writeCharacters(""); // closes the start tag
        out.flush();
        bytes.writeBytes(Base64.getEncoder().encode(content));
        end();
    }

    private interface Body {
        void write(EdXmlWriter w) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("edXML", EdXml.NAMESPACE);
            xml.writeStartElement("edXML", "edXML", EdXml.NAMESPACE);
            xml.writeNamespace("edXML", EdXml.NAMESPACE);
            body.write(new EdXmlWriter(xml, bytes));
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("không ghi được gói tin edXML", e);
        }
        return bytes.toByteArray();
    }
}
