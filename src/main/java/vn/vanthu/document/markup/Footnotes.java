package vn.vanthu.document.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import vn.vanthu.document.markup.Block.Run;

/**
 * Footnotes (chú thích at the page foot): paragraphs "[^1]: …" define them and leave the text flow; each
 * reference "[^1]" becomes a run numbered 1, 2, … in the order the references appear, carrying its note.
 */
final class Footnotes {

    private final Map<String, List<Run>> definitions = new LinkedHashMap<>();
    private final Map<String, String> numbers = new LinkedHashMap<>();

    /** Takes the definition paragraphs out of the document, keeping their text by label. */
    void collect(Node document) {
        Node n = document.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            if (n instanceof Paragraph p && definitionAt(p.getFirstChild())) {
                definitions(p);
                n.unlink();
            } else if (n instanceof LinkReferenceDefinition d && d.getLabel().startsWith("^")) {
                // "[^1]: Hà_Nội" of one word parses as a link reference definition
                String text = d.getDestination() + (d.getTitle() == null ? "" : " " + d.getTitle());
                definitions.putIfAbsent(d.getLabel().substring(1), List.of(new Run(text, false, false)));
                n.unlink();
            }
            n = next;
        }
    }

    /** "[^1]: …" starts here: a reference, then text opening with a colon. */
    private static boolean definitionAt(Node n) {
        return n instanceof FootnoteMarks.Reference && n.getNext() instanceof Text colon
                && colon.getLiteral().startsWith(":");
    }

    /** One paragraph may hold several definitions, one per line: "[^1]: …" / "[^2]: …". */
    private void definitions(Paragraph p) {
        Node start = p.getFirstChild();
        while (start != null) {
            Node end = start.getNext();
            while (end != null && !((end instanceof SoftLineBreak || end instanceof HardLineBreak)
                    && definitionAt(end.getNext()))) {
                end = end.getNext();
            }
            FootnoteMarks.Reference ref = (FootnoteMarks.Reference) start;
            Text colon = (Text) ref.getNext();
            colon.setLiteral(colon.getLiteral().substring(1).stripLeading());
            definitions.putIfAbsent(ref.label(), InlineRuns.of(colon, end));
            start = end == null ? null : end.getNext();
        }
    }

    /** Numbers every reference, gives it its note, and reports references without a note and notes unused. */
    List<Block> resolve(List<Block> blocks, List<String> problems) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            // a block without a reference is kept as it is: most bodies have no footnote at all
            if (b instanceof Block.Paragraph p && hasReference(p.runs())) {
                out.add(new Block.Paragraph(p.label(), p.labelBold(), runs(p.runs(), problems)));
            } else if (b instanceof Block.Heading h && hasReference(h.runs())) {
                out.add(new Block.Heading(h.level(), h.label(), runs(h.runs(), problems)));
            } else if (b instanceof Block.Table t && t.rows().stream().flatMap(List::stream).anyMatch(this::hasReference)) {
                out.add(new Block.Table(t.rows().stream().map(r -> r.stream().map(c -> runs(c, problems)).toList())
                        .toList(), t.headerRows(), t.merges()));
            } else {
                out.add(b);
            }
        }
        for (String label : definitions.keySet()) {
            if (!numbers.containsKey(label)) {
                problems.add("chú thích [^" + label + "] không được dẫn ở đâu trong nội dung (thiếu [^" + label + "])");
            }
        }
        return out;
    }

    private boolean hasReference(List<Run> runs) {
        for (Run run : runs) {
            if (run.footnote()) {
                return true;
            }
        }
        return false;
    }

    private List<Run> runs(List<Run> runs, List<String> problems) {
        if (!hasReference(runs)) {
            return runs;
        }
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            if (!run.footnote()) {
                out.add(run);
                continue;
            }
            List<Run> note = definitions.get(run.text());
            if (note == null) {
                problems.add("chú thích [^" + run.text() + "] chưa có nội dung (thêm đoạn “[^" + run.text() + "]: …”)");
                out.add(new Run("[^" + run.text() + "]", run.bold(), run.italic()));
                continue;
            }
            String number = numbers.computeIfAbsent(run.text(), k -> String.valueOf(numbers.size() + 1));
            // a note does not carry notes of its own: a reference inside one stays text
            List<Run> flat = note.stream().map(r -> r.footnote() ? new Run("[^" + r.text() + "]", r.bold(), r.italic())
                    : r).toList();
            out.add(new Run(number, run.bold(), run.italic(), flat));
        }
        return out;
    }
}
