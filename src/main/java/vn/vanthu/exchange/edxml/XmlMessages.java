package vn.vanthu.exchange.edxml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * The JDK parser's complaints about a package in the văn thư's words: its messages are English only. The
 * commonest are said in Vietnamese; any other is framed as a syntax or schema fault, the parser's own words kept
 * in brackets for whoever fixes the sending system.
 */
final class XmlMessages {

    private static final Map<Pattern, String> KNOWN = Map.of(
            Pattern.compile("cvc-elt\\.1\\.a: Cannot find the declaration of element '(.*)'\\."),
            "phần tử gốc '$1' không phải của gói tin edXML",
            Pattern.compile("XML document structures must start and end within the same entity\\."),
            "tệp XML bị cắt cụt hoặc thiếu thẻ đóng",
            Pattern.compile("Premature end of file\\."), "tệp XML kết thúc giữa chừng",
            Pattern.compile("Content is not allowed in prolog\\."),
            "có nội dung trước phần tử gốc: tệp không phải XML",
            Pattern.compile("DOCTYPE is disallowed .*"), "gói tin không được có khai báo DOCTYPE",
            Pattern.compile("The element type \"(.*)\" must be terminated by the matching end-tag \".*\"\\."),
            "thẻ '$1' chưa được đóng bằng </$1>");

    private XmlMessages() {
    }

    /** The fault in Vietnamese; the parser's English kept where no translation is known. */
    static String vietnamese(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        for (Map.Entry<Pattern, String> known : KNOWN.entrySet()) {
            Matcher m = known.getKey().matcher(message);
            if (m.matches()) {
                return m.replaceFirst(known.getValue());
            }
        }
        // the schema's faults are named cvc-…; any other is a fault of the XML itself
        return (message.startsWith("cvc-") ? "không đúng lược đồ edXML" : "XML không đúng cú pháp") + " (" + message + ")";
    }
}
