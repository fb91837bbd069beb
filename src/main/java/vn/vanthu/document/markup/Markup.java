package vn.vanthu.document.markup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;

/** The vanthu body markup: what clerks type for the body of a document, parsed into {@link Block}s. */
public final class Markup {

    // Only headings and lists are block syntax here; quotes, code and HTML blocks stay typed text.
    // Nesting is capped so hostile input cannot recurse deep enough to exhaust the stack.
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, ListBlock.class))
            .extensions(List.of(TablesExtension.create()))
            .customInlineContentParserFactory(new LiteralCharacters())
            .linkProcessor(new FootnoteMarks())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .maxOpenBlockParsers(64)
            .build();

    private Markup() {
    }

    /** Parses a body into blocks with every number resolved; never throws, and keeps every typed character. */
    public static List<Block> parse(String source) {
        String text = normalise(source);
        try {
            return List.copyOf(walk(text).blocks());
        } catch (RuntimeException | StackOverflowError e) {
            // parse must not fail on any input: fall back to the text itself, one paragraph per blank-line block
            return literalParagraphs(text);
        }
    }

    /** What is wrong in a body (e.g. more than 23 points), each reported against {@code field}, in Vietnamese. */
    public static List<FieldProblem> problems(String source, String field) {
        List<String> messages;
        try {
            messages = walk(normalise(source)).problems();
        } catch (RuntimeException | StackOverflowError e) {
            messages = List.of("không đọc được cấu trúc nội dung; văn bản được giữ nguyên dạng chữ");
        }
        return messages.stream().map(message -> new FieldProblem(field, message)).toList();
    }

    private static BodyWalker walk(String text) {
        Node document = PARSER.parse(text);
        BodyWalker walker = new BodyWalker(text);
        walker.walkDocument(document);
        return walker;
    }

    private static String normalise(String source) {
        if (source == null) {
            return "";
        }
        String text = Normalizer.isNormalized(source, Normalizer.Form.NFC)
                ? source : Normalizer.normalize(source, Normalizer.Form.NFC);
        // one line ending only, so source offsets index this very string
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<Block> literalParagraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : text.split("\n[ \t]*\n")) {
            if (!chunk.isBlank()) {
                blocks.add(new Paragraph("", false, List.of(new Run(chunk.strip(), false, false))));
            }
        }
        return List.copyOf(blocks);
    }
}
