package vn.vanthu.exchange.edxml;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks an attachment's base64 as the parser streams it past, by the rules the JDK's schema validator applies
 * to {@code xs:base64Binary}, decodes it on the way ({@link Base64Stream}), and hands the validator the element
 * empty. Why: the validator gathers a simple value's whole text before it checks it, in one growing buffer, a
 * megabyte for a signed PDF; a buffer that large is allocated outside the young generation and starts a concurrent
 * collection each time. And the reader gets the bytes without a second parse of the package or the text as one
 * string.
 */
final class Base64Filter extends XMLFilterImpl {

    private static final String ELEMENT = "ContentTransferEncoded";
    private static final String PARENT = "Attachment";

    /** The local names of the open elements, "" for one outside edXML's namespace. */
    private final List<String> open = new ArrayList<>();
    /** How many elements were open outside the attachment's content when it started; -1 outside it. */
    private int outside = -1;
    private Locator locator;
    private final Base64Stream base64;
    /** Each attachment's bytes, in the package's order (meaningful only for a package without problems). */
    private final List<byte[]> attachments = new ArrayList<>();

    /** Reads from the parent; {@code packageBytes} bounds what one attachment can decode to. */
    Base64Filter(XMLReader parent, int packageBytes) {
        super(parent);
        // one buffer for the package's attachments, as large as the package allows: never grown and copied
        this.base64 = new Base64Stream(packageBytes / 4 * 3 + 3);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        boolean ours = EdXml.NAMESPACE.equals(uri);
        if (outside < 0 && ours && ELEMENT.equals(localName) && !open.isEmpty()
                && PARENT.equals(open.get(open.size() - 1))) {
            outside = open.size();
            base64.reset();
        }
        open.add(ours ? localName : "");
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.remove(open.size() - 1);
        if (open.size() == outside) {
            outside = -1;
            attachments.add(base64.bytes());
            String problem = base64.problem();
            if (problem != null) {
                SAXParseException e = new SAXParseException(ELEMENT + ": " + problem, locator);
                if (getErrorHandler() == null) {
                    throw e;
                }
                getErrorHandler().error(e);
            }
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (outside < 0) {
            super.characters(ch, start, length);
        } else {
            base64.decode(ch, start, length);
        }
    }

    /** The attachments' bytes, decoded as they streamed past; as the base64 said only when nothing was refused. */
    List<byte[]> attachments() {
        return attachments;
    }
}
