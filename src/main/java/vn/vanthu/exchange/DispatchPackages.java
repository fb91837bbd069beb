package vn.vanthu.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.document.Appendix;
import vn.vanthu.document.Authority;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.IssueDate;
import vn.vanthu.document.Marks;
import vn.vanthu.exchange.edxml.Attachment;
import vn.vanthu.exchange.edxml.Business;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Header;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.ResponseFor;
import vn.vanthu.exchange.edxml.Signer;
import vn.vanthu.exchange.edxml.StaffInfo;

/**
 * The edXML package of an issued dispatch. One data source: every field comes from the same Dispatch the
 * PDF was rendered from, so số, ký hiệu, ngày, trích yếu, signer and urgency read the same in both.
 */
final class DispatchPackages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** SphereOfPromulgation for everything vanthu sends: the national document exchange. */
    static final String SPHERE = "Liên thông văn bản quốc gia";

    private DispatchPackages() {
    }

    /**
     * The package for one recipient; {@code business} says whether it is new, a recall or a replacement, and
     * {@code responseFor} names the documents it answers (empty for a document that answers none).
     */
    static EdDocument of(Dispatch d, byte[] pdf, int pages, Organ from, Organ to, Business business,
            List<ResponseFor> responseFor) {
        Header header = new Header(from, List.of(to), documentId(d, from.organId()), number(d), d.symbolOrDerived(),
                d.issuer().place(), date(d), d.type().ordinal() + 1, d.type().displayName(), subject(d), signer(d),
                null, new Header.OtherInfo(priority(d.marks().urgency()), SPHERE,
                d.distribution() == null ? null : d.distribution().drafterInitials(),
                d.distribution() == null ? null : d.distribution().copies(), pages,
                d.appendices().stream().map(Appendix::title).toList()), NoiNhan.lines(d), responseFor);
        return new EdDocument(header, List.of(new EdDocument.TraceHeader(from.organId(),
                LocalDateTime.now(VIETNAM).withNano(0))), business,
                pdf == null ? null : new Attachment(fileName(d), "application/pdf", subject(d), pdf));
    }

    /** The Bussiness element: who sends, with which type and reason. */
    static Business business(String documentId, vn.vanthu.exchange.edxml.BusinessType type, String reason,
            StaffInfo staff, List<Business.Replacement> replacements) {
        return new Business(documentId, type, reason == null || reason.isBlank() ? type.label() : reason, staff,
                replacements);
    }

    /** DocumentId: the issuer's mã định danh, the issue date, số/ký hiệu. */
    static String documentId(Dispatch d, String organId) {
        return EdXml.documentId(organId, date(d), number(d) + "/" + d.symbolOrDerived());
    }

    /** Số as the document prints it: the decree pads numbers below 10 as it pads days ("05"). */
    static String number(Dispatch d) {
        return IssueDate.paddedDay(d.number());
    }

    static LocalDate date(Dispatch d) {
        return LocalDate.of(d.date().year(), d.date().month(), d.date().day());
    }

    /** Subject: "V/v …" for a Công văn (ô 5b), the trích yếu of a typed document; line feeds become spaces. */
    static String subject(Dispatch d) {
        String summary = d.summary().replaceAll("\\s+", " ").strip();
        return d.type().hasTypeName() ? summary : "V/v " + summary;
    }

    /** SignerInfo from the signature block: authority lines as printed, the signer's title and name. */
    static Signer signer(Dispatch d) {
        List<String> lines = new ArrayList<>();
        for (Authority a : d.signature().authority()) {
            String prefix = a.prefix().written(d.style());
            lines.add(prefix.isEmpty() ? a.title() : prefix + " " + a.title());
        }
        return new Signer(lines.isEmpty() ? null : String.join("; ", lines), d.signature().title(),
                d.signature().name());
    }

    /** Priority: 0 none, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc (vanthu's reading; the QCVN's enumeration is UNCONFIRMED). */
    static int priority(Marks.Urgency urgency) {
        if (urgency == null) {
            return 0;
        }
        return switch (urgency) {
            case KHAN -> 1;
            case THUONG_KHAN -> 2;
            case HOA_TOC -> 3;
        };
    }

    /** "15-UBND-KGVX.pdf": the file name a recipient saves. */
    static String fileName(Dispatch d) {
        return (number(d) + "-" + d.symbolOrDerived()).replaceAll("[^\\p{L}\\p{N}-]", "-") + ".pdf";
    }
}
