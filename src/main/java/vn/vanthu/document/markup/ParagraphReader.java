package vn.vanthu.document.markup;

import java.util.List;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

import vn.vanthu.document.markup.Block.Run;

/** A body paragraph: a Phần/Chương/Mục division, an article "Điều N.", or plain justified text. */
final class ParagraphReader {

    private final Divisions divisions;
    private final Numbering numbering;
    private final List<Block> blocks;
    private final List<String> problems;

    ParagraphReader(Divisions divisions, Numbering numbering, List<Block> blocks, List<String> problems) {
        this.divisions = divisions;
        this.numbering = numbering;
        this.blocks = blocks;
        this.problems = problems;
    }

    /** Adds the paragraph's block and returns the next node to convert. */
    Node read(Paragraph paragraph) {
        List<Run> runs = InlineRuns.of(paragraph);
        Node next = paragraph.getNext();
        if (mayBeDivision(runs)) {
            Node lineBreak = firstLineBreak(paragraph);
            String line = InlineRuns.plain(InlineRuns.of(paragraph.getFirstChild(), lineBreak));
            if (Divisions.isDivisionLine(line)) {
                return division(line, lineBreak, next);
            }
        }
        Block.Paragraph article = numbering.article(runs);
        blocks.add(article != null ? article : new Block.Paragraph("", false, runs));
        return next;
    }

    private Node division(String line, Node lineBreak, Node next) {
        String title;
        Node after = next;
        if (lineBreak != null) {
            title = InlineRuns.plain(InlineRuns.of(lineBreak.getNext(), null));
        } else if (next instanceof Paragraph titleParagraph && isTitle(titleParagraph)) {
            // a blank line between "Chương #" and its title is a common slip; the title is still meant
            title = InlineRuns.plain(InlineRuns.of(titleParagraph));
            after = next.getNext();
        } else {
            title = "";
        }
        Block.Division division = divisions.division(line, title);
        if (division.title().isBlank()) {
            problems.add("«" + division.label() + "» thiếu tên ở dòng tiếp theo (Nghị định 30: phần, chương, mục"
                    + " phải có tên)");
        }
        blocks.add(division);
        return after;
    }

    /** A paragraph that is itself an article or a division is never taken as the title above it. */
    private static boolean isTitle(Paragraph paragraph) {
        String text = InlineRuns.plain(InlineRuns.of(paragraph));
        return !text.startsWith("Điều") && !Divisions.isDivisionLine(text.lines().findFirst().orElse(""));
    }

    /** A cheap test first, so ordinary paragraphs are not walked twice. */
    private static boolean mayBeDivision(List<Run> runs) {
        if (runs.isEmpty()) {
            return false;
        }
        String text = runs.get(0).text();
        return text.startsWith("Phần") || text.startsWith("Chương") || text.startsWith("Mục");
    }

    private static Node firstLineBreak(Paragraph paragraph) {
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return n;
            }
        }
        return null;
    }
}
