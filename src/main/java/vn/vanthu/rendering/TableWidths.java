package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.document.markup.Block;

/**
 * Column widths from the content: each column gets at least its longest word and otherwise a share
 * of the width that follows the typical length of its data cells, so a wordy header over a column of
 * numbers does not take the room a column of names needs.
 */
final class TableWidths {

    private TableWidths() {
    }

    /** One proportional weight per column, as strings for proportional-column-width(). */
    static List<String> proportional(Block.Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        List<String> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int longestWord = 1;
            double dataLength = 0;
            int dataCells = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                List<List<Block.Run>> row = table.rows().get(r);
                if (c >= row.size()) {
                    continue;
                }
                String text = row.get(c).stream().map(Block.Run::text).reduce("", String::concat).strip();
                for (String word : text.split("\\s+")) {
                    longestWord = Math.max(longestWord, word.length());
                }
                if (r >= table.headerRows()) {
                    dataLength += text.length();
                    dataCells++;
                }
            }
            double typical = dataCells == 0 ? longestWord : Math.min(dataLength / dataCells, 40);
            widths.add(String.format(Locale.ROOT, "%.1f", Math.max(longestWord + 1, typical)));
        }
        return widths;
    }
}
