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
    /**
     * The longest cell of a table row kept whole on one page: about half a page in a third of the text width
     * (13 pt). A longer cell may not fit a page at all, and FOP lets an unbreakable row run off the page foot;
     * such a row breaks across pages, as Word lets rows break by default.
     */
    private static final int WHOLE_ROW_CHARS = 600;

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
            if (runs.stream().anyMatch(r -> !r.footnote() && r.text().contains(END_MARK))) {
                return true;
            }
        }
        return false;
    }

    private static void appendEndMark(List<Block> blocks) {
        int last = blocks.size() - 1;
        if (last >= 0 && blocks.get(last) instanceof Block.Paragraph p && !p.runs().isEmpty()) {
            List<Run> runs = new ArrayList<>(p.runs());
            Run end = runs.get(runs.size() - 1);
            if (!end.footnote()) {
                // the mark takes the place of the sentence's full stop: "… thực hiện./."; and of the ";" or ","
                // a last list item (a labelled paragraph) keeps by habit ("b) phối hợp;"), the body ending there
                runs.remove(runs.size() - 1);
                String text = end.text().stripTrailing();
                boolean stop = text.endsWith(".") || !p.label().isEmpty() && (text.endsWith(";") || text.endsWith(","));
                runs.add(new Run(stop ? text.substring(0, text.length() - 1) : text, end.bold(), end.italic()));
            }
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
            return table(t);
        }
        return view;
    }

    private static int length(List<Run> cell) {
        return cell.stream().mapToInt(run -> run.text().length()).sum();
    }

    /** A table's rows as cells with their spans; cells a merge covers are left out, as FO wants. */
    static Map<String, Object> table(Block.Table t) {
        int header = Math.min(t.headerRows(), t.rows().size());
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                if (t.covered(r, c)) {
                    continue;
                }
                Block.Merge merge = t.mergeAt(r, c);
                cells.add(Map.of("runs", runs(t.rows().get(r).get(c)), "columns", merge == null ? 1 : merge.columns(),
                        "rows", merge == null ? 1 : merge.rows()));
            }
            rows.add(cells);
        }
        List<Boolean> whole = new ArrayList<>();
        for (int r = header; r < t.rows().size(); r++) {
            whole.add(t.rows().get(r).stream().mapToInt(BodyView::length).max().orElse(0) <= WHOLE_ROW_CHARS);
        }
        Map<String, Object> view = new HashMap<>();
        view.put("kind", "table");
        view.put("header", rows.subList(0, header));
        view.put("rows", rows.subList(header, rows.size()));
        view.put("wholeRows", whole);
        view.put("widths", TableWidths.columns(t));
        return view;
    }

    /**
     * Runs as the template reads them: split at forced line breaks (a run with "br" true ends its line), web
     * and e-mail addresses in unbreakable pieces ("nobreak"), footnote references with their note.
     */
    static List<Map<String, Object>> runs(List<Run> runs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Run run : runs) {
            if (run.footnote()) {
                out.add(Map.of("text", run.text(), "bold", run.bold(), "italic", run.italic(), "br", false,
                        "nobreak", false, "footnote", true, "note", runs(run.note())));
                continue;
            }
            String[] pieces = run.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                List<Addresses.Piece> parts = Addresses.split(pieces[i]);
                for (int k = 0; k < parts.size(); k++) {
                    boolean br = i < pieces.length - 1 && k == parts.size() - 1;
                    out.add(Map.of("text", parts.get(k).text(), "bold", run.bold(), "italic", run.italic(), "br", br,
                            "nobreak", parts.get(k).whole(), "footnote", false, "note", List.of()));
                }
            }
        }
        return out;
    }
}
