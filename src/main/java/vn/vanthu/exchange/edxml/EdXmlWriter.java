package vn.vanthu.exchange.edxml;

import javax.xml.stream.XMLStreamException;

/** Writes the two kinds of package, a document with its attachment and a status answer. */
final class EdXmlWriter {

    private static final String CONTENT_ID = "cid:1";

    private EdXmlWriter() {
    }

    static byte[] document(EdDocument d) {
        return XmlOut.write(w -> {
            w.start("edXMLEnvelope");
            w.start("edXMLHeader");
            HeaderXml.header(w, d.header());
            w.start("TraceHeaderList");
            for (EdDocument.TraceHeader t : d.traces()) {
                w.start("TraceHeader");
                w.text("OrganId", t.organId());
                w.text("Timestamp", EdXml.TIMESTAMP.format(t.timestamp()));
                w.end();
            }
            business(w, d.business());
            w.end();
            w.end();
            if (d.attachment() != null) {
                w.start("edXMLBody");
                w.start("edXMLManifest");
                w.attribute("version", "1.0");
                w.start("Reference");
                w.text("ContentId", CONTENT_ID);
                w.text("ContentType", d.attachment().contentType());
                w.text("Description", d.attachment().description());
                w.text("AttachmentName", d.attachment().name());
                w.end();
                w.end();
                w.end();
            }
            w.end();
            if (d.attachment() != null) {
                w.start("AttachmentEncoded");
                w.start("Attachment");
                w.text("ContentId", CONTENT_ID);
                w.text("AttachmentName", d.attachment().name());
                w.text("Description", d.attachment().description());
                w.text("ContentType", d.attachment().contentType());
                w.base64("ContentTransferEncoded", d.attachment().content());
                w.end();
                w.end();
            }
        });
    }

    static byte[] status(StatusMessage s) {
        return XmlOut.write(w -> {
            w.start("edXMLEnvelope");
            w.start("edXMLHeader");
            w.start("Status");
            HeaderXml.organ(w, "From", s.from());
            HeaderXml.responseFor(w, s.responseFor());
            HeaderXml.staff(w, s.staff());
            w.text("StatusCode", s.code().code());
            w.text("Description", s.description());
            w.text("Timestamp", EdXml.TIMESTAMP.format(s.timestamp()));
            w.end();
            w.end();
            w.end();
        });
    }

    private static void business(XmlOut x, Business b) throws XMLStreamException {
        x.start("Bussiness");
        x.text("DocumentId", b.documentId());
        x.text("BussinessDocType", Integer.toString(b.type().code()));
        x.text("BussinessDocReason", b.reason());
        x.text("Paper", "0");
        HeaderXml.staff(x, b.staff());
        if (!b.replacements().isEmpty()) {
            x.start("ReplacementInfoList");
            for (Business.Replacement r : b.replacements()) {
                x.start("ReplacementInfo");
                x.text("DocumentId", r.documentId());
                x.start("OrganIdList");
                for (String organ : r.organIds()) {
                    x.text("OrganId", organ);
                }
                x.end();
                x.end();
            }
            x.end();
        }
        x.end();
    }
}
