package vn.vanthu.document;

/**
 * Sizes no clerk's document reaches, refused by the validator before anything is parsed or laid out, so a
 * hostile input cannot tie up the renderer. Each has a wide margin over the largest real documents: a
 * 100-page Báo cáo with a table on every page has a body of about 250,000 characters in 2,500 lines.
 *
 * @param summaryChars   the trích yếu
 * @param bodyChars      one body: the main text, a phụ lục or an attached text
 * @param bodyLines      lines of one body
 * @param paragraphChars one paragraph of a body (lines up to a blank line)
 * @param tableRows      rows of one table
 * @param tableColumns   columns of one table
 * @param appendices     phụ lục of one document
 * @param attachments    văn bản ban hành kèm theo of one document
 * @param listItems      items of one list: Kính gửi, căn cứ, Nơi nhận and its sub-items
 * @param headerLineChars one line of the header (parent body, issuer name, place, the type name line), and of
 *                       the signature block (an authority line, the signer's title and name) and the Lưu line
 * @param headerLines    lines of the parent body, and of the issuer name
 * @param lineChars      any other one-line field (a Nơi nhận item, a căn cứ, a title)
 * @param drafterChars   ô 12's initials of the drafter ("NPH"), which end the Lưu line and keep it one line
 * @param contactLines   lines of ô 13 (address, telephone, e-mail, web) at the foot of page 1
 * @param contactChars   one line of ô 13
 * @param signerLines    authority lines of the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"): with the
 *                       title and the name at their longest, the block still stands on one page beside Nơi nhận
 * @param cosignerLines  authority lines of a second signer (a Biên bản's thư ký, a confirmation), who signs in
 *                       the left column beside the first, whose block must stay no taller than the first's
 * @param cosignerChars  one of those lines, and the second signer's title
 */
public record InputLimits(int summaryChars, int bodyChars, int bodyLines, int paragraphChars, int tableRows,
        int tableColumns, int appendices, int attachments, int listItems, int headerLineChars, int headerLines,
        int lineChars, int drafterChars, int contactLines, int contactChars, int signerLines, int cosignerLines,
        int cosignerChars) {

    /** The limits the validator applies (docs/input-format.md, "Limits"). */
    public static final InputLimits DEFAULT =
            new InputLimits(1_000, 1_000_000, 20_000, 20_000, 5_000, 30, 30, 10, 200, 100, 6, 2_000, 10, 4, 200, 3, 2, 60);
}
