package vn.vanthu.document.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Block.Table;

/**
 * GFM pipe tables: the header row first, each cell as runs, nothing the clerk typed dropped. Two vanthu
 * additions: a row of dashes among the rows ends a header of several rows, and a cell holding only "&lt;"
 * or "^" merges with its left or upper neighbour ({@link Merges}).
 */
final class Tables {

    private static final Pattern DASHES = Pattern.compile(":?-{3,}:?");

    private Tables() {
    }

    /** The table block, with cells beyond the header's width kept in the row's last cell. */
    static Table of(TableBlock table, SourceText source) {
        List<List<List<Run>>> rows = new ArrayList<>();
        int headerRows = 0;
        boolean headerClosed = false;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Run>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(InlineRuns.of(cell));
                }
                keepExcessCells(cells, source.literal(row));
                if (section instanceof TableHead) {
                    headerRows++;
                } else if (!headerClosed && cells.stream().allMatch(c -> DASHES.matcher(text(c)).matches())) {
                    // "|---|---|" again: the rows above it are all header rows, repeated on every page
                    headerRows = rows.size();
                    headerClosed = true;
                    continue;
                }
                rows.add(cells);
            }
        }
        return Merges.apply(rows, headerRows);
    }

    static String text(List<Run> cell) {
        return InlineRuns.plain(cell).strip();
    }

    /**
     * GFM drops the cells of a row that is wider than the header; a clerk's text must never vanish,
     * so they are appended, as typed, to the last cell (keeping the table rectangular for layout).
     */
    private static void keepExcessCells(List<List<Run>> cells, String line) {
        List<String> typed = split(line);
        if (cells.isEmpty() || typed.size() <= cells.size()) {
            return;
        }
        String excess = String.join(" | ", typed.subList(cells.size(), typed.size()));
        int last = cells.size() - 1;
        cells.set(last, RunEdits.around("", cells.get(last), " | " + excess));
    }

    /** The raw cells of one table line: split at pipes not escaped by a backslash, outer pipes removed. */
    static List<String> split(String line) {
        String text = line.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                cell.append(c).append(text.charAt(i + 1));
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }
}
