package vn.vanthu.exchange.edxml;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JDK's StAX writer with every element in the edXML namespace, prefix "edXML", into UTF-8 bytes. */
final class XmlOut {

    private final XMLStreamWriter out;
    private final ByteArrayOutputStream bytes;

    private XmlOut(XMLStreamWriter out, ByteArrayOutputStream bytes) {
        this.out = out;
        this.bytes = bytes;
    }

    /** What goes inside the root element. */
    interface Body {
        void write(XmlOut x) throws XMLStreamException;
    }

    /** A whole package: the XML declaration, the edXML root and the body. */
    static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("edXML", EdXml.NAMESPACE);
            xml.writeStartElement("edXML", "edXML", EdXml.NAMESPACE);
            xml.writeNamespace("edXML", EdXml.NAMESPACE);
            body.write(new XmlOut(xml, bytes));
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("không ghi được gói tin edXML", e);
        }
        return bytes.toByteArray();
    }

    void start(String name) throws XMLStreamException {
        out.writeStartElement("edXML", name, EdXml.NAMESPACE);
    }

    void end() throws XMLStreamException {
        out.writeEndElement();
    }

    void attribute(String name, String value) throws XMLStreamException {
        out.writeAttribute(name, value);
    }

    /** An element with text; nothing at all when the value is absent (the schema makes those optional). */
    void text(String name, String value) throws XMLStreamException {
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
    void base64(String name, byte[] content) throws XMLStreamException {
        start(name);
        out.writeCharacters(""); // closes the start tag
        out.flush();
        bytes.writeBytes(Base64.getEncoder().encode(content));
        end();
    }
}
