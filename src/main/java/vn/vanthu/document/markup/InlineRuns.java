package vn.vanthu.document.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import vn.vanthu.document.markup.Block.Run;

/** Flattens commonmark inline nodes into runs of literal text with bold and italic flags. */
final class InlineRuns {

    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean pendingBold;
    private boolean pendingItalic;

    private InlineRuns() {
    }

    /** The runs of all children of {@code parent}. */
    static List<Run> of(Node parent) {
        return of(parent.getFirstChild(), null);
    }

    /** The runs of the siblings from {@code first} up to, not including, {@code end} (null: to the last). */
    static List<Run> of(Node first, Node end) {
        InlineRuns collector = new InlineRuns();
        for (Node n = first; n != null && n != end; n = n.getNext()) {
            collector.visit(n, false, false);
        }
        collector.flush();
        return collector.runs;
    }

    /** The runs' text without emphasis. */
    static String plain(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return text.toString();
    }

    // iterative, with an explicit stack: hostile input can nest emphasis thousands deep
    private void visit(Node root, boolean rootBold, boolean rootItalic) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, rootBold, rootItalic, null));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (frame.suffix() != null) {
                append(frame.suffix(), frame.bold(), frame.italic());
            } else {
                visit(frame, stack);
            }
        }
    }

    private void visit(Frame frame, Deque<Frame> stack) {
        Node node = frame.node();
        boolean bold = frame.bold();
        boolean italic = frame.italic();
        if (node instanceof Text text) {
            append(text.getLiteral(), bold, italic);
        } else if (node instanceof SoftLineBreak) {
            append(" ", bold, italic);
        } else if (node instanceof HardLineBreak) {
            append("\n", bold, italic);
        } else if (node instanceof Code code) {
            // code spans are switched off by LiteralCharacters; kept in case a parser change lets one through
            append("`" + code.getLiteral() + "`", bold, italic);
        } else if (node instanceof HtmlInline html) {
            append(html.getLiteral(), bold, italic);
        } else if (node instanceof FootnoteMarks.Reference ref) {
            // numbered and given its note by Footnotes once the whole body is read
            flush();
            runs.add(new Run(ref.label(), bold, italic, List.of()));
        } else {
            if (node instanceof Link link) {
                stack.push(new Frame(null, bold, italic, destination(link)));
            }
            // emphasis sets its flag for everything inside; images keep their alt text; unknown kinds their text
            boolean childBold = bold || node instanceof StrongEmphasis;
            boolean childItalic = italic || node instanceof Emphasis;
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(new Frame(child, childBold, childItalic, null));
            }
        }
    }

    /** " (address)" after a link's text; nothing when the text already is the address. */
    private static String destination(Link link) {
        String destination = link.getDestination();
        if (destination == null || destination.isEmpty() || plain(of(link)).equals(destination)) {
            return "";
        }
        return " (" + destination + ")";
    }

    /** A node to visit with the emphasis around it, or (node null) text to append after a link. */
    private record Frame(Node node, boolean bold, boolean italic, String suffix) {
    }

    private void append(String text, boolean bold, boolean italic) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (pending.length() > 0 && (bold != pendingBold || italic != pendingItalic)) {
            flush();
        }
        pendingBold = bold;
        pendingItalic = italic;
        pending.append(text);
    }

    private void flush() {
        if (pending.length() > 0) {
            runs.add(new Run(pending.toString(), pendingBold, pendingItalic));
            pending.setLength(0);
        }
    }
}
