package vn.vanthu.document.markup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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

    /** Bodies read so far by this thread's {@link #readOnce} call, by identity of their strings; null outside one. */
    private static final ThreadLocal<Map<String, Parsed>> READ = new ThreadLocal<>();

    private Markup() {
    }

    private record Parsed(List<Block> blocks, List<String> problems) {
    }

    /** Parses a body into blocks with every number resolved; never throws, and keeps every typed character. */
    public static List<Block> parse(String source) {
        return read(source).blocks();
    }

    /** What is wrong in a body (e.g. more than 23 points), each reported against {@code field}, in Vietnamese. */
    public static List<FieldProblem> problems(String source, String field) {
        return read(source).problems().stream().map(message -> new FieldProblem(field, message)).toList();
    }

    /**
     * Runs {@code work} with each body it parses or checks read once: a render validates the bodies of a
     * dispatch and then lays them out, asking both questions of the same strings.
     */
    public static <T> T readOnce(Supplier<T> work) {
        if (READ.get() != null) {
            return work.get();
        }
        READ.set(new IdentityHashMap<>());
        try {
            return work.get();
        } finally {
            READ.remove();
        }
    }

    private static Parsed read(String source) {
        Map<String, Parsed> read = READ.get();
        Parsed known = read == null ? null : read.get(source);
        if (known != null) {
            return known;
        }
        String text = normalise(source);
        Parsed parsed;
        try {
            BodyWalker walker = walk(text);
            parsed = new Parsed(List.copyOf(walker.blocks()), List.copyOf(walker.problems()));
        } catch (RuntimeException | StackOverflowError e) {
            // parse must not fail on any input: fall back to the text itself, one paragraph per blank-line block
            parsed = new Parsed(literalParagraphs(text),
                    List.of("không đọc được cấu trúc nội dung; văn bản được giữ nguyên dạng chữ"));
        }
        if (read != null) {
            read.put(source, parsed);
        }
        return parsed;
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
