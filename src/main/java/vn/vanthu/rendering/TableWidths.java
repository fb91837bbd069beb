package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import vn.vanthu.document.markup.Block;

/** Column widths proportional to each column's longest word and typical text, so numbers stay narrow. */
final class TableWidths {

    private TableWidths() {
    }

    /** One proportional weight per column, as strings for proportional-column-width(). */
    static List<String> proportional(Block.Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        List<String> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int longestWord = 1;
            int longestCell = 1;
            for (List<List<Block.Run>> row : table.rows()) {
                if (c >= row.size()) {
                    continue;
                }
                String text = row.get(c).stream().map(Block.Run::text).reduce("", String::concat);
                longestCell = Math.max(longestCell, text.length());
                for (String word : text.split("\\s+")) {
                    longestWord = Math.max(longestWord, word.length());
                }
            }
            // a column needs its longest word; beyond that, long text shares the rest of the width
            double weight = Math.max(longestWord, Math.min(longestCell, 60) / 2.0);
            widths.add(String.format(java.util.Locale.ROOT, "%.1f", weight));
        }
        return widths;
    }
}
