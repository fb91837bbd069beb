package vn.vanthu.rendering;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** XSL-FO parsed for XPath assertions; elements are matched by local name, e.g. //block[...]. */
final class Fo {

    private final Document doc;

    private Fo(Document doc) {
        this.doc = doc;
    }

    static Fo parse(String fo) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new Fo(factory.newDocumentBuilder().parse(new InputSource(new StringReader(fo))));
        } catch (Exception e) {
            throw new AssertionError("the FO is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The string values of the nodes the expression selects ("fo:" prefixes are written as local names). */
    List<String> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(localNames(xpath), doc, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + xpath, e);
        }
    }

    /** Number of nodes selected. */
    int count(String xpath) {
        return all(xpath).size();
    }

    private static String localNames(String xpath) {
        return xpath.replaceAll("fo:([a-z-]+)", "*[local-name()='$1']");
    }
}
