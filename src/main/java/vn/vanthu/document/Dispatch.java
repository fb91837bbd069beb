package vn.vanthu.document;

import java.util.List;
import java.util.Locale;

/**
 * A dispatch as the clerk writes it: every Decree 30 element (ô 1–14) as structured data, the body
 * in vanthu markup. All strings are NFC-normalised by {@link DispatchReader}; the renderer and the
 * validator take it as it is.
 *
 * @param style      ND30 or Party presentation
 * @param type       the document type (Công văn has no type name line)
 * @param issuer     the issuing body
 * @param number     the number in the register; null while it is a draft
 * @param symbol     the ký hiệu after the slash; null to derive it ("KH-UBND", "UBND-KGVX")
 * @param unit       the drafting unit's abbreviation (Công văn ký hiệu, Lưu line)
 * @param date       the issue date; day and month may be blank in a draft
 * @param summary    the trích yếu; a line feed forces a line break
 * @param recipients Kính gửi recipients (ô 9a); the addressees of a Công điện
 * @param authorityLine the authority line(s) above the căn cứ (Quyết định, Nghị quyết: one line per line
 *                   feed), or the sender of a Công điện ("… điện:")
 * @param bases      căn cứ lines (italic), without their final punctuation
 * @param proposal   the "Theo đề nghị của …" / "Xét …" lines, one per line feed, without final punctuation
 * @param body       the body in vanthu markup
 * @param signature  the signature block
 * @param distribution Nơi nhận and ô 12
 * @param marks      urgency, secrecy and circulation marks
 * @param appendices phụ lục, each paginated on its own
 * @param mode       the mode the input asks for by default (the caller may override)
 * @param typeName   the type name line when it says more than the type ("THÔNG BÁO KẾT LUẬN"); null for
 *                   the type's own name
 * @param normative  a văn bản quy phạm pháp luật: the number carries the year ("Số: 33/2025/NQ-HĐND")
 * @param attachments văn bản ban hành kèm theo (Mẫu 1.3), each paginated on its own
 * @param cosigner   a second signature in the left column: the thư ký of a Biên bản, or the confirmation
 *                   of a Giấy nghỉ phép; null when there is none
 * @param copy       the copy form when this is a bản sao of the document; null for the original
 */
public record Dispatch(Style style, DocumentType type, Issuer issuer, Integer number, String symbol,
        String unit, IssueDate date, String summary, List<String> recipients, String authorityLine,
        List<String> bases, String proposal, String body, Signature signature, Distribution distribution,
        Marks marks, List<Appendix> appendices, Mode mode, String typeName, boolean normative,
        List<Attachment> attachments, Signature cosigner, CopyForm copy) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public Dispatch {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        bases = bases == null ? List.of() : List.copyOf(bases);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        marks = marks == null ? Marks.NONE : marks;
        style = style == null ? Style.ND30 : style;
        mode = mode == null ? Mode.FINAL : mode;
    }

    /** A dispatch of the common forms: no extended type name, not normative, no attachment, cosigner or copy. */
    public Dispatch(Style style, DocumentType type, Issuer issuer, Integer number, String symbol, String unit,
            IssueDate date, String summary, List<String> recipients, String authorityLine, List<String> bases,
            String proposal, String body, Signature signature, Distribution distribution, Marks marks,
            List<Appendix> appendices, Mode mode) {
        this(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine, bases, proposal,
                body, signature, distribution, marks, appendices, mode, null, false, null, null, null);
    }

    /**
     * The ký hiệu after the slash: the explicit one, else type-issuer for typed documents ("KH-UBND";
     * Party "CT/HU"), issuer-unit for Công văn ("UBND-KGVX"; Party "CV/HU", as Hướng dẫn 36 numbers a
     * công văn by its own type like any other); a normative document puts the year first ("2025/NQ-HĐND").
     */
    public String symbolOrDerived() {
        String year = normative && date != null ? date.year() + "/" : "";
        if (symbol != null && !symbol.isBlank()) {
            return year + symbol;
        }
        String issuerAbbreviation = issuer == null ? null : issuer.abbreviation();
        if (style == Style.PARTY && !type.hasTypeName()) {
            return "CV/" + issuerAbbreviation;
        }
        if (type.hasTypeName()) {
            return year + type.abbreviation() + (style == Style.PARTY ? "/" : "-") + issuerAbbreviation;
        }
        return year + issuerAbbreviation + "-" + unit;
    }

    /** The type name line as printed: the extended one when given, else the type's name in capitals. */
    public String printedTypeName() {
        return typeName != null ? typeName.toUpperCase(VI) : type.displayName().toUpperCase(VI);
    }

    /** The same dispatch with the register number and issue date the văn thư assigned. */
    public Dispatch issued(int registerNumber, IssueDate issueDate) {
        return new Dispatch(style, type, issuer, registerNumber, symbol, unit, issueDate, summary, recipients,
                authorityLine, bases, proposal, body, signature, distribution, marks, appendices, Mode.FINAL,
                typeName, normative, attachments, cosigner, copy);
    }

    /** The same dispatch under another issuer block (the directory fills it where the clerk left it out). */
    public Dispatch withIssuer(Issuer newIssuer) {
        return new Dispatch(style, type, newIssuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch with another drafting unit and issue date (a draft's defaults). */
    public Dispatch withUnitAndDate(String newUnit, IssueDate newDate) {
        return new Dispatch(style, type, issuer, number, symbol, newUnit, newDate, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch without a number (a draft or a copy for signature: the văn thư gives it). */
    public Dispatch unnumbered() {
        return new Dispatch(style, type, issuer, null, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch with another signature block (e.g. carrying signature images). */
    public Dispatch withSignature(Signature newSignature) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, newSignature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch in another default mode. */
    public Dispatch withMode(Mode newMode) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, newMode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch with another trích yếu. */
    public Dispatch withSummary(String newSummary) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, newSummary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }

    /** The same dispatch with another body (the rest unchanged). */
    public Dispatch withBody(String newBody) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, newBody, signature, distribution, marks, appendices, mode, typeName, normative,
                attachments, cosigner, copy);
    }
}
