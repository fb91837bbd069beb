package vn.vanthu.document.markup;

import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a footnote reference {@code [^1]} or {@code [^ghi-chu]} as one node; any other bracket is left to
 * commonmark (links) or stays text. The definitions ({@code [^1]: …} paragraphs) are {@link Footnotes}' job.
 */
final class FootnoteMarks implements LinkProcessor {

    /** A label: letters, digits, "-" and "_", at most 30 of them. */
    static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_-]{1,30}");

    /** The parsed reference. */
    static final class Reference extends CustomNode {

        private final String label;

        Reference(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.marker() != null) {
            return LinkResult.none(); // "[^1](https://…)" is a link, "![…]" an image
        }
        String text = info.text(scanner);
        if (text == null || !text.startsWith("^") || !LABEL.matcher(text.substring(1)).matches()) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new Reference(text.substring(1)), info.afterTextBracket());
    }
}
