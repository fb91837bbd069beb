package vn.vanthu.document.markup;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;

/** Walks one parsed body in order, turning commonmark blocks into vanthu blocks and noting problems. */
final class BodyWalker {

    private static final int MAX_POINTS = Numerals.POINT_LETTERS.length();

    private final SourceText source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Numbering numbering = new Numbering();
    private final ParagraphReader paragraphs;

    BodyWalker(String source) {
        this.source = new SourceText(source);
        this.paragraphs = new ParagraphReader(new Divisions(), numbering, blocks, problems);
    }

    List<Block> blocks() {
        return blocks;
    }

    List<String> problems() {
        return problems;
    }

    /** Converts a whole body: its footnote definitions first, then every block, then the references. */
    void walkDocument(Node document) {
        Footnotes footnotes = new Footnotes();
        footnotes.collect(document);
        walk(document);
        List<Block> resolved = footnotes.resolve(blocks, problems);
        blocks.clear();
        blocks.addAll(resolved);
    }

    /** Converts the children of {@code parent}, in order. */
    void walk(Node parent) {
        Node n = parent.getFirstChild();
        while (n != null) {
            n = block(n);
        }
    }

    /** Converts one block and returns the next one to convert (a division may take its title paragraph). */
    private Node block(Node n) {
        if (n instanceof org.commonmark.node.Paragraph p) {
            return paragraphs.read(p);
        }
        if (n instanceof Heading h) {
            heading(h);
        } else if (n instanceof BulletList list) {
            bullets(list);
        } else if (n instanceof OrderedList list) {
            ordered(list);
        } else if (n instanceof TableBlock table) {
            blocks.add(Tables.of(table, source));
        } else if (n.getFirstChild() != null && !(n instanceof LinkReferenceDefinition)) {
            walk(n);
        } else {
            // link reference definitions, and any block kind switched off or unknown: what was typed
            literal(source.literal(n));
        }
        return n.getNext();
    }

    private void heading(Heading h) {
        List<Run> runs = InlineRuns.of(h);
        if (!source.startsWith(h, '#')) {
            // a setext underline ("---", "===") is far more often a typed rule than a heading
            blocks.add(new Paragraph("", false, RunEdits.around("", runs, "\n" + source.lastLine(h))));
        } else if (h.getLevel() > 3 || runs.isEmpty()) {
            if (h.getLevel() > 3) {
                problems.add("tiêu đề cấp " + h.getLevel() + " («" + "#".repeat(h.getLevel())
                        + "») không được hỗ trợ, chỉ dùng #, ## và ###; dòng được giữ nguyên");
            }
            String hashes = "#".repeat(h.getLevel()) + (runs.isEmpty() ? "" : " ");
            blocks.add(new Paragraph("", false, RunEdits.around(hashes, runs, "")));
        } else {
            blocks.add(numbering.heading(h.getLevel(), runs));
        }
    }

    private void bullets(BulletList list) {
        boolean points = "+".equals(list.getMarker());
        int index = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), index++) {
            if (points && index == MAX_POINTS) {
                problems.add("quá " + MAX_POINTS + " điểm a), b), … trong một danh sách (sau y) không còn chữ cái"
                        + " theo Nghị định 30); hãy tách danh sách hoặc chia thành các khoản");
            }
            item(item, points ? Numerals.point(index) : "-");
        }
    }

    private void ordered(OrderedList list) {
        int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            String typed = source.orderedMarker(item);
            item(item, typed != null ? typed : number + delimiter);
        }
    }

    /** One list item: its first paragraph carries the label, the rest follow unlabelled, in order. */
    private void item(Node item, String label) {
        Node child = item.getFirstChild();
        if (child instanceof org.commonmark.node.Paragraph p) {
            blocks.add(new Paragraph(label, false, InlineRuns.of(p)));
            child = child.getNext();
        } else {
            // an empty item or one opening with a nested list still shows the clerk's number
            blocks.add(new Paragraph(label, false, List.of()));
        }
        for (; child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Paragraph p) {
                blocks.add(new Paragraph("", false, InlineRuns.of(p)));
            } else {
                block(child);
            }
        }
    }

    private void literal(String text) {
        if (!text.isBlank()) {
            blocks.add(new Paragraph("", false, List.of(new Run(text, false, false))));
        }
    }
}
