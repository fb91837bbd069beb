package vn.vanthu.bench;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Turns vanthu's XSL-FO into a flat ODF text document with the same words, fonts, sizes and page
 * geometry, so LibreOffice lays out an equivalent document (header tables become stacked paragraphs).
 */
final class Fodt {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String[] INHERITED = {"font-size", "font-weight", "font-style", "text-align", "line-height"};
    private static final String[] OWN = {"text-indent", "space-before", "space-after"};

    private final Map<String, String> styles = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    private Fodt() {
    }

    /** The .fodt text for the FO's main flows. */
    static String from(String fo) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            NodeList flows = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(fo)))
                    .getElementsByTagNameNS(FO, "flow");
            Fodt out = new Fodt();
            for (int i = 0; i < flows.getLength(); i++) {
                out.walk((Element) flows.item(i));
            }
            return out.document();
        } catch (Exception e) {
            throw new IllegalStateException("FO unreadable", e);
        }
    }

    private void walk(Element element) {
        boolean leaf = "block".equals(element.getLocalName())
                && element.getElementsByTagNameNS(FO, "block").getLength() == 0;
        if (leaf) {
            String text = element.getTextContent().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                body.append("<text:p text:style-name=\"").append(style(element)).append("\">")
                        .append(escape(text)).append("</text:p>\n");
            }
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e);
            }
        }
    }

    private String style(Element block) {
        StringBuilder para = new StringBuilder("<style:paragraph-properties");
        StringBuilder text = new StringBuilder("<style:text-properties style:font-name=\"Liberation Serif\"");
        for (String name : INHERITED) {
            String value = inherited(block, name);
            if (value != null && name.equals("line-height")) {
                // FO's unitless factor is ODF's percentage; lengths carry over as they are.
                para.append(" fo:line-height=\"").append(value.matches("[0-9.]+")
                        ? Math.round(Double.parseDouble(value) * 100) + "%" : value).append('"');
            } else if (value != null) {
                StringBuilder target = "text-align".equals(name) ? para : text;
                target.append(" fo:").append(name).append("=\"").append(value).append('"');
            }
        }
        for (String name : OWN) {
            String value = block.getAttribute(name);
            if (value.matches("[0-9.]+(pt|mm|cm)")) {
                String odf = name.equals("space-before") ? "margin-top"
                        : name.equals("space-after") ? "margin-bottom" : name;
                para.append(" fo:").append(odf).append("=\"").append(value).append('"');
            }
        }
        String key = para.append("/>") + text.append("/>").toString();
        return styles.computeIfAbsent(key, k -> "P" + (styles.size() + 1));
    }

    private static String inherited(Element from, String name) {
        for (Node n = from; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute(name)) {
                return e.getAttribute(name);
            }
        }
        return null;
    }

    private String document() {
        StringBuilder doc = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:font-face-decls><style:font-face style:name="Liberation Serif"
                  svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
                <office:automatic-styles>
                <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm"
                  fo:page-height="297mm" fo:margin-top="20mm" fo:margin-bottom="20mm" fo:margin-left="30mm"
                  fo:margin-right="15mm"/></style:page-layout>
                """);
        styles.forEach((props, name) -> doc.append("<style:style style:name=\"").append(name)
                .append("\" style:family=\"paragraph\">").append(props).append("</style:style>\n"));
        doc.append("""
                </office:automatic-styles>
                <office:master-styles>
                <style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
                <office:body><office:text>
                """);
        return doc.append(body).append("</office:text></office:body></office:document>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
