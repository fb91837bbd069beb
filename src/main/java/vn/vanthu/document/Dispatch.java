package vn.vanthu.document;

import java.util.List;

/**
 * A dispatch as the clerk writes it: every Decree 30 element (ô 1–13) as structured data, the body
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
 * @param recipients Kính gửi recipients (ô 9a)
 * @param authorityLine for Quyết định: the issuing authority line above the căn cứ
 * @param bases      căn cứ lines (italic), without their final punctuation
 * @param proposal   the "Theo đề nghị của …" line of a Quyết định, if any
 * @param body       the body in vanthu markup
 * @param signature  the signature block
 * @param distribution Nơi nhận and ô 12
 * @param marks      urgency, secrecy and circulation marks
 * @param appendices phụ lục, each paginated on its own
 * @param mode       the mode the input asks for by default (the caller may override)
 */
public record Dispatch(Style style, DocumentType type, Issuer issuer, Integer number, String symbol,
        String unit, IssueDate date, String summary, List<String> recipients, String authorityLine,
        List<String> bases, String proposal, String body, Signature signature, Distribution distribution,
        Marks marks, List<Appendix> appendices, Mode mode) {

    public Dispatch {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        bases = bases == null ? List.of() : List.copyOf(bases);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
        marks = marks == null ? Marks.NONE : marks;
        style = style == null ? Style.ND30 : style;
        mode = mode == null ? Mode.FINAL : mode;
    }

    /**
     * The ký hiệu after the slash: the explicit one, else type-issuer for typed documents ("KH-UBND";
     * Party "CT/HU"), issuer-unit for Công văn ("UBND-KGVX").
     */
    public String symbolOrDerived() {
        if (symbol != null && !symbol.isBlank()) {
            return symbol;
        }
        String issuerAbbreviation = issuer == null ? null : issuer.abbreviation();
        if (type.hasTypeName()) {
            return type.abbreviation() + (style == Style.PARTY ? "/" : "-") + issuerAbbreviation;
        }
        return issuerAbbreviation + "-" + unit;
    }

    /** The same dispatch with the register number and issue date the văn thư assigned. */
    public Dispatch issued(int registerNumber, IssueDate issueDate) {
        return new Dispatch(style, type, issuer, registerNumber, symbol, unit, issueDate, summary, recipients,
                authorityLine, bases, proposal, body, signature, distribution, marks, appendices, Mode.FINAL);
    }

    /** The same dispatch in another mode (the chain renders drafts, copies for signature, issued documents). */
    public Dispatch withMode(Mode newMode) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, newMode);
    }

    /** The same dispatch under another issuer block (the directory fills it where the clerk left it out). */
    public Dispatch withIssuer(Issuer newIssuer) {
        return new Dispatch(style, type, newIssuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode);
    }

    /** The same dispatch with another drafting unit and issue date (a draft's defaults). */
    public Dispatch withUnitAndDate(String newUnit, IssueDate newDate) {
        return new Dispatch(style, type, issuer, number, symbol, newUnit, newDate, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode);
    }

    /** The same dispatch without a number (a draft or a copy for signature: the văn thư gives it). */
    public Dispatch unnumbered() {
        return new Dispatch(style, type, issuer, null, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, signature, distribution, marks, appendices, mode);
    }

    /** The same dispatch with another signature block (e.g. carrying signature images). */
    public Dispatch withSignature(Signature newSignature) {
        return new Dispatch(style, type, issuer, number, symbol, unit, date, summary, recipients, authorityLine,
                bases, proposal, body, newSignature, distribution, marks, appendices, mode);
    }
}
