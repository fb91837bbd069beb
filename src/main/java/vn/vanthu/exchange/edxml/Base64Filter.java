package vn.vanthu.exchange.edxml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks an attachment's base64 as the parser streams it past, by the rules the JDK's schema validator applies
 * to {@code xs:base64Binary}, decodes it on the way, and hands the validator the element empty. Why: the validator
 * gathers a simple value's whole text before it checks it, in one growing buffer, a megabyte for a signed PDF; a
 * buffer that large is allocated outside the young generation and starts a concurrent collection each time. And
 * the reader gets the bytes without a second parse of the package or the text as one string.
 */
final class Base64Filter extends XMLFilterImpl {

    private static final String ELEMENT = "ContentTransferEncoded";
    private static final String PARENT = "Attachment";
    private static final byte STRAY = -1;
    private static final byte PAD = -2;
    private static final byte BLANK = -3;
    /** Per ASCII character: its base64 value, or STRAY, PAD or BLANK (the blanks the validator ignores). */
    private static final byte[] CLASSES = classes();

    /** The local names of the open elements, "" for one outside edXML's namespace. */
    private final List<String> open = new ArrayList<>();
    /** How many elements were open outside the attachment's content when it started; -1 outside it. */
    private int outside = -1;
    private Locator locator;
    private long characters;
    private int pads;
    private int last;
    private boolean stray;
    /** The attachment being decoded, and how many of its bytes are filled. */
    private byte[] bytes;
    private int filled;
    /** The bits read but not yet a whole byte, and how many. */
    private int pending;
    private int pendingBits;
    /** Each attachment's bytes, in the package's order (meaningful only for a package without problems). */
    private final List<byte[]> attachments = new ArrayList<>();

    /** Reads from the parent; {@code packageBytes} bounds what one attachment can decode to. */
    Base64Filter(XMLReader parent, int packageBytes) {
        super(parent);
        // one buffer for the package's attachments, as large as the package allows: never grown and copied
        this.bytes = new byte[packageBytes / 4 * 3 + 3];
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
            characters = 0;
            pads = 0;
            last = 0;
            stray = false;
            filled = 0;
            pending = 0;
            pendingBits = 0;
        }
        open.add(ours ? localName : "");
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.remove(open.size() - 1);
        if (open.size() == outside) {
            outside = -1;
            attachments.add(Arrays.copyOf(bytes, filled));
            String problem = problem();
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
            return;
        }
        // locals, not fields, in the loop: it runs once per character of a PDF's base64
        long count = characters;
        int pad = pads;
        int value = last;
        boolean bad = stray;
        // room for what these characters can decode to: three bytes per four, and the bits held from before
        int room = length / 4 * 3 + 3;
        byte[] out = bytes.length - filled >= room ? bytes : (bytes = Arrays.copyOf(bytes,
                Math.max(bytes.length * 2, filled + room)));
        int at = filled;
        int bits = pending;
        int held = pendingBits;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            int v = c < CLASSES.length ? CLASSES[c] : STRAY;
            if (v >= 0) {
                bad |= pad > 0;
                value = v;
                count++;
                bits = (bits << 6) | v;
                held += 6;
                if (held >= 8) {
                    held -= 8;
                    out[at++] = (byte) (bits >> held);
                    bits &= (1 << held) - 1;
                }
            } else if (v == PAD) {
                pad++;
                count++;
            } else if (v == STRAY) {
                bad = true;
                count++;
            }
        }
        characters = count;
        pads = pad;
        last = value;
        stray = bad;
        filled = at;
        pending = bits;
        pendingBits = held;
    }

    /** The attachments' bytes, decoded as they streamed past; as the base64 said only when nothing was refused. */
    List<byte[]> attachments() {
        return attachments;
    }

    /**
     * What the JDK's validator would refuse, or null: blanks anywhere are ignored; then a multiple of four
     * characters of the alphabet, with one or two '=' at the very end whose last data character leaves no bits.
     */
    private String problem() {
        if (stray) {
            return "có ký tự ngoài bảng mã base64 hoặc sau dấu đệm '='";
        }
        if (characters % 4 != 0) {
            return "số ký tự base64 (" + characters + ") không chia hết cho 4";
        }
        if (pads > 2 || pads == 2 && (last & 0xf) != 0 || pads == 1 && (last & 0x3) != 0) {
            return "phần đệm '=' cuối dữ liệu base64 không hợp lệ";
        }
        return null;
    }

    private static byte[] classes() {
        byte[] classes = new byte[128];
        Arrays.fill(classes, STRAY);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            classes[alphabet.charAt(i)] = (byte) i;
        }
        classes['='] = PAD;
        for (char blank : new char[] {' ', '\t', '\n', '\r'}) {
            classes[blank] = BLANK;
        }
        return classes;
    }
}
