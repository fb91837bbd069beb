package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.markup.Block;
import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Markup;

/** Parsed body blocks as the maps and strings the templates consume. */
final class BodyView {

    private static final String END_MARK = "./.";

    private BodyView() {
    }

    /** The body of a document, with the end mark "./." appended when the clerk did not type it. */
    static List<Map<String, Object>> of(String markup, boolean endMark) {
        List<Block> blocks = new ArrayList<>(Markup.parse(markup == null ? "" : markup));
        if (endMark && !containsEndMark(blocks)) {
            appendEndMark(blocks);
        }
        return blocks.stream().map(BodyView::block).toList();
    }

    private static boolean containsEndMark(List<Block> blocks) {
        for (Block b : blocks) {
            List<Run> runs = b instanceof Block.Paragraph p ? p.runs()
                    : b instanceof Block.Heading h ? h.runs() : List.of();
            if (runs.stream().anyMatch(r -> r.text().contains(END_MARK))) {
                return true;
            }
        }
        return false;
    }

    private static void appendEndMark(List<Block> blocks) {
        int last = blocks.size() - 1;
        if (last >= 0 && blocks.get(last) instanceof Block.Paragraph p && !p.runs().isEmpty()) {
            List<Run> runs = new ArrayList<>(p.runs());
            Run end = runs.remove(runs.size() - 1);
            // the mark takes the place of the sentence's full stop: "… thực hiện./."
            String text = end.text().stripTrailing();
            runs.add(new Run(text.endsWith(".") ? text.substring(0, text.length() - 1) : text, end.bold(), end.italic()));
            runs.add(new Run(END_MARK, false, false));
            blocks.set(last, new Block.Paragraph(p.label(), p.labelBold(), runs));
        } else {
            blocks.add(new Block.Paragraph("", false, List.of(new Run(END_MARK, false, false))));
        }
    }

    private static Map<String, Object> block(Block block) {
        Map<String, Object> view = new HashMap<>();
        if (block instanceof Block.Paragraph p) {
            view.put("kind", "paragraph");
            view.put("label", p.label());
            view.put("labelBold", p.labelBold());
            view.put("runs", runs(p.runs()));
        } else if (block instanceof Block.Heading h) {
            view.put("kind", "heading");
            view.put("label", h.label());
            view.put("runs", runs(h.runs()));
        } else if (block instanceof Block.Division d) {
            view.put("kind", "division");
            view.put("label", d.label());
            view.put("title", d.title());
        } else if (block instanceof Block.Table t) {
            int header = Math.min(t.headerRows(), t.rows().size());
            view.put("kind", "table");
            view.put("header", t.rows().subList(0, header).stream().map(BodyView::row).toList());
            view.put("rows", t.rows().subList(header, t.rows().size()).stream().map(BodyView::row).toList());
            view.put("widths", TableWidths.columns(t));
        }
        return view;
    }

    private static List<List<Map<String, Object>>> row(List<List<Run>> cells) {
        return cells.stream().map(BodyView::runs).toList();
    }

    /** Runs split at forced line breaks: a run with "br" true ends its line. */
    static List<Map<String, Object>> runs(List<Run> runs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Run run : runs) {
            String[] pieces = run.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                out.add(Map.of("text", pieces[i], "bold", run.bold(), "italic", run.italic(),
                        "br", i < pieces.length - 1));
            }
        }
        return out;
    }
}
