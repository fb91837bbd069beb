package vn.vanthu.document.markup;

import java.util.Set;

import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Turns {@code <}, {@code &} and backticks into plain text. Custom inline parsers run before
 * commonmark's own, so this switches off inline HTML, autolinks, entity decoding and code spans:
 * a clerk typing {@code <fo:block>}, {@code &amp;} or {@code `x`} gets exactly those characters.
 */
final class LiteralCharacters implements InlineContentParserFactory {

    private static final Set<Character> TRIGGERS = Set.of('<', '&', '`');

    @Override
    public Set<Character> getTriggerCharacters() {
        return TRIGGERS;
    }

    @Override
    public InlineContentParser create() {
        return LiteralCharacters::literal;
    }

    private static ParsedInline literal(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        char c = scanner.peek();
        // take the whole run of the same character so a long run costs one node, not one per char
        scanner.matchMultiple(c);
        String text = scanner.getSource(start, scanner.position()).getContent();
        return ParsedInline.of(new Text(text), scanner.position());
    }
}
