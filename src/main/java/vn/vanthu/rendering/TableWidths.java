package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import vn.vanthu.document.markup.Block;

/**
 * Column widths from the content. Each column is at least as wide as its longest word (measured in
 * the table's font, bold in header rows, plus cell padding and rules), so no word sticks out of its
 * cell; the rest of the width is shared by the typical length of the data cells, so a wordy header
 * over a column of numbers does not take the room a column of names needs.
 */
final class TableWidths {

    /** Body tables are set in 13 pt (templates/lib/body.ftlx, macro table). */
    private static final double FONT_PT = 13;
    /** Left and right cell padding (3 pt each) and the 0.75 pt rules, with a little air. */
    private static final double CELL_EXTRA_PT = 3 + 3 + 0.75 + 1;
    /** Beyond this many characters a data cell wraps anyway; longer ones claim no more share. */
    private static final double TYPICAL_CAP = 40;

    private TableWidths() {
    }

    /** One FO column width per column: its minimum in points plus a proportional share of the rest. */
    static List<String> columns(Block.Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        List<String> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            double widestWord = 0;
            double dataLength = 0;
            int dataCells = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                List<List<Block.Run>> row = table.rows().get(r);
                Block.Merge merge = table.mergeAt(r, c);
                if (c >= row.size() || table.covered(r, c) || merge != null && merge.columns() > 1) {
                    continue; // a cell over several columns says nothing about the width of one of them
                }
                boolean header = r < table.headerRows();
                for (Block.Run run : row.get(c)) {
                    for (String word : run.text().strip().split("\\s+")) {
                        widestWord = Math.max(widestWord, TextMetrics.width(word, FONT_PT, header || run.bold()));
                    }
                }
                if (!header) {
                    dataLength += row.get(c).stream().mapToInt(run -> run.text().strip().length()).sum();
                    dataCells++;
                }
            }
            double typical = dataCells == 0 ? 1 : Math.max(1, Math.min(dataLength / dataCells, TYPICAL_CAP));
            widths.add("proportional-column-width(" + Typography.decimal(typical, 1) + ") + "
                    + Typography.decimal(widestWord + CELL_EXTRA_PT, 1) + "pt");
        }
        return widths;
    }
}
