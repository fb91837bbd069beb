package vn.vanthu.exchange.edxml;

import javax.xml.stream.XMLStreamException;

/** The edXML MessageHeader and the parts other elements share with it: organs, answers, staff. */
final class HeaderXml {

    private HeaderXml() {
    }

    /** The MessageHeader of a document package: who sends to whom, the số và ký hiệu, the signer. */
    static void header(XmlOut x, Header h) throws XMLStreamException {
        x.start("MessageHeader");
        organ(x, "From", h.from());
        for (Organ to : h.to()) {
            organ(x, "To", to);
        }
        x.text("DocumentId", h.documentId());
        x.start("Code");
        x.text("CodeNumber", h.codeNumber());
        x.text("CodeNotation", h.codeNotation());
        x.end();
        x.start("PromulgationInfo");
        x.text("Place", h.place());
        x.text("PromulgationDate", EdXml.DATE.format(h.promulgationDate()));
        x.end();
        x.start("DocumentType");
        x.text("Type", Integer.toString(h.typeCode()));
        x.text("TypeDetail", "0");
        x.text("TypeName", h.typeName());
        x.end();
        x.text("Subject", h.subject());
        x.start("SignerInfo");
        x.text("Competence", h.signer().competence());
        x.text("Position", h.signer().position());
        x.text("FullName", h.signer().fullName());
        x.end();
        x.text("DueDate", h.dueDate() == null ? null : EdXml.DATE.format(h.dueDate()));
        Header.OtherInfo o = h.other();
        x.start("OtherInfo");
        x.text("Priority", Integer.toString(o.priority()));
        x.text("SphereOfPromulgation", o.sphere());
        x.text("TyperNotation", o.typerNotation());
        x.text("PromulgationAmount", o.promulgationAmount() == null ? null : o.promulgationAmount().toString());
        x.text("PageAmount", o.pageAmount() == null ? null : o.pageAmount().toString());
        if (!o.appendixes().isEmpty()) {
            x.start("Appendixes");
            for (String a : o.appendixes()) {
                x.text("Appendix", a);
            }
            x.end();
        }
        x.end();
        if (!h.toPlaces().isEmpty()) {
            x.start("ToPlaces");
            for (String place : h.toPlaces()) {
                x.text("Place", place);
            }
            x.end();
        }
        for (ResponseFor r : h.responseFor()) {
            responseFor(x, r);
        }
        x.end();
    }

    static void organ(XmlOut x, String name, Organ o) throws XMLStreamException {
        x.start(name);
        x.text("OrganId", o.organId());
        x.text("OrganName", o.name());
        x.text("OrganAdd", o.address());
        x.text("Email", o.email());
        x.text("Telephone", o.telephone());
        x.text("Website", o.website());
        x.end();
    }

    static void responseFor(XmlOut x, ResponseFor r) throws XMLStreamException {
        x.start("ResponseFor");
        x.text("OrganId", r.organId());
        x.text("Code", r.code());
        x.text("PromulgationDate", EdXml.DATE.format(r.promulgationDate()));
        x.text("DocumentId", r.documentId());
        x.end();
    }

    static void staff(XmlOut x, StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        x.start("StaffInfo");
        x.text("Department", s.department());
        x.text("Staff", s.staff());
        x.text("Email", s.email());
        x.end();
    }
}
