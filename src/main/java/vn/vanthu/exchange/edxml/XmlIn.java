package vn.vanthu.exchange.edxml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The edXML children and texts of a DOM element, as the reader looks them up; the counterpart of XmlOut. */
final class XmlIn {

    private XmlIn() {
    }

    /** The first child element with this local name (any, when name is null); the schema guarantees it. */
    static Element child(Element parent, String name) {
        Element found = optional(parent, name);
        if (found == null) {
            throw new InvalidPackage(List.of("thiếu phần tử " + name));
        }
        return found;
    }

    static Element optional(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && EdXml.NAMESPACE.equals(e.getNamespaceURI())
                    && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        Element e = optional(parent, name);
        if (e == null) {
            return null;
        }
        String value = Normalizer.normalize(e.getTextContent(), Normalizer.Form.NFC).strip();
        return value.isEmpty() ? null : value;
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream()
                .map(e -> Normalizer.normalize(e.getTextContent(), Normalizer.Form.NFC).strip()).toList();
    }
}
