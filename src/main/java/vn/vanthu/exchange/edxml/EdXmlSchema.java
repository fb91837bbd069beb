package vn.vanthu.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validation against the shipped XSD, and the tree of a valid package, in one pass of the JDK's own parser;
 * no external entities or DTDs.
 */
final class EdXmlSchema {

    private static final Schema SCHEMA = load();

    private EdXmlSchema() {
    }

    /** The schema's complaints about the bytes; empty when they are a valid package. */
    static List<String> validate(byte[] xml) {
        return parse(xml, false).problems();
    }

    /**
     * Validates the package and, when asked, builds its tree in the same pass: without the attachments' base64,
     * which {@link Base64Filter} checks and decodes as it streams past.
     */
    static Parsed parse(byte[] xml, boolean tree) {
        List<String> problems = new ArrayList<>();
        if (xml == null || xml.length == 0) {
            return new Parsed(List.of("tệp rỗng"), null, List.of());
        }
        ValidatorHandler validator = SCHEMA.newValidatorHandler();
        ErrorHandler errors = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                problems.add(describe(e));
                throw e;
            }
        };
        DOMResult result = new DOMResult();
        Base64Filter filter = null;
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(errors);
            if (tree) {
                // a factory per package: the JDK does not promise a shared one is safe across threads
                TransformerHandler builder = ((SAXTransformerFactory) TransformerFactory.newDefaultInstance())
                        .newTransformerHandler();
                builder.setResult(result);
                validator.setContentHandler(builder);
            }
            // a SAX reader that refuses any DOCTYPE: no entity of the sender's ever expands here; the attachment's
            // base64 is checked as it streams past (Base64Filter), so the validator never holds a PDF's text
            SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
            parsers.setNamespaceAware(true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            filter = new Base64Filter(parsers.newSAXParser().getXMLReader(), xml.length);
            filter.setContentHandler(validator);
            filter.setErrorHandler(errors);
            filter.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(describe(e));
            }
        } catch (SAXException | IOException | ParserConfigurationException | TransformerConfigurationException e) {
            problems.add("không đọc được tệp XML: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            return new Parsed(problems, null, List.of());
        }
        Element root = tree ? ((Document) result.getNode()).getDocumentElement() : null;
        return new Parsed(List.of(), root, filter.attachments());
    }

    /** What a pass over a package found: its problems, else its tree (when asked) and its attachments' bytes. */
    record Parsed(List<String> problems, Element root, List<byte[]> attachments) {
    }

    private static String describe(SAXParseException e) {
        return "dòng " + e.getLineNumber() + ", cột " + e.getColumnNumber() + ": " + XmlMessages.vietnamese(e);
    }

    private static Schema load() {
        URL url = EdXmlSchema.class.getResource(EdXml.SCHEMA);
        if (url == null) {
            throw new IllegalStateException("thiếu lược đồ " + EdXml.SCHEMA + " trên classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("lược đồ edXML không hợp lệ: " + e.getMessage(), e);
        }
    }
}
