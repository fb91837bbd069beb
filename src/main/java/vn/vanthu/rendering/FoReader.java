package vn.vanthu.rendering;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Feeds an FO string to FOP as SAX events, counting each element and text chunk against the render's
 * budget, and refusing a paragraph (fo:block) longer than FOP can break into lines in bounded time. A
 * parser of its own per document: JAXP's identity transformer hands out cached parsers from one
 * synchronized, process-wide pool.
 */
final class FoReader extends XMLFilterImpl {

    /**
     * FOP breaks a whole paragraph into lines in one step that calls nothing back, so no budget can stop
     * it, and its cost grows faster than the paragraph (on 2 busy cores: 0.5 MB of text rendered in 2–7 s,
     * 1 MB took 16 s and over 1 GB before its first page). 100,000 characters, some 30 pages of one
     * unbroken paragraph, render in about a second in all.
     */
    static final int PARAGRAPH_CHARACTERS = 100_000;
    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final SAXParserFactory PARSERS = parsers();

    private final RenderMeter meter;
    /** Characters in each open fo:block, innermost last (a nested block is a paragraph of its own). */
    private int[] paragraphs = new int[32];
    private int depth;

    private FoReader(XMLReader parser, RenderMeter meter) {
        super(parser);
        this.meter = meter;
    }

    /** Parses {@code fo} into FOP's handler on the calling thread. */
    static void feed(String fo, ContentHandler fop, RenderMeter meter) throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = PARSERS.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("no namespace-aware SAX parser", e);
        }
        FoReader reader = new FoReader(parser, meter);
        reader.setContentHandler(fop);
        reader.parse(new InputSource(new StringReader(fo)));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        meter.count(16);
        if (isBlock(uri, localName)) {
            if (depth == paragraphs.length) {
                paragraphs = Arrays.copyOf(paragraphs, depth * 2);
            }
            paragraphs[depth++] = 0;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (isBlock(uri, localName)) {
            depth--;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        meter.count(length);
        if (depth > 0 && (paragraphs[depth - 1] += length) > PARAGRAPH_CHARACTERS) {
            throw RenderMeter.paragraphTooLong(PARAGRAPH_CHARACTERS);
        }
        super.characters(ch, start, length);
    }

    private static boolean isBlock(String uri, String localName) {
        return "block".equals(localName) && FO.equals(uri);
    }

    private static SAXParserFactory parsers() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            // the FO comes from vanthu's own templates: it never needs a DTD or an external entity
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
        return factory;
    }
}
