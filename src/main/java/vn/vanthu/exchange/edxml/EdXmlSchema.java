package vn.vanthu.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** Validation against the shipped XSD, with the JDK's own parser and no external entities or DTDs. */
final class EdXmlSchema {

    private static final Schema SCHEMA = load();

    private EdXmlSchema() {
    }

    static List<String> validate(byte[] xml) {
        List<String> problems = new ArrayList<>();
        if (xml == null || xml.length == 0) {
            return List.of("tệp rỗng");
        }
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
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
            });
            // a SAX reader that refuses any DOCTYPE: no entity of the sender's ever expands here; the attachment's
            // base64 is checked as it streams past (Base64Filter), so the validator never holds a PDF's text
            SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
            parsers.setNamespaceAware(true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = new Base64Filter(parsers.newSAXParser().getXMLReader());
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(describe(e));
            }
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add("không đọc được tệp XML: " + e.getMessage());
        }
        return problems;
    }

    private static String describe(SAXParseException e) {
        return "dòng " + e.getLineNumber() + ", cột " + e.getColumnNumber() + ": " + e.getMessage();
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
