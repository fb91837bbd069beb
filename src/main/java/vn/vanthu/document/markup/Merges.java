package vn.vanthu.document.markup;

import java.util.ArrayList;
import java.util.List;

import vn.vanthu.document.markup.Block.Merge;
import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Block.Table;

/**
 * Merged cells typed in a pipe table: a cell of only "&lt;" joins the cell on its left (a group row
 * "| **A. KHỐI HUYỆN** | &lt; | &lt; |" spans the table), a cell of only "^" joins the cell above it (a header
 * cell over two header rows). A mark that cannot merge (first column, first row, across the end of the
 * header, or into a rectangle of another shape) is kept as typed.
 */
final class Merges {

    private static final String LEFT = "<";
    private static final String UP = "^";

    private final List<List<List<Run>>> rows;
    private final int headerRows;
    private final List<int[]> spans = new ArrayList<>(); // {row, column, rows, columns}
    private final int[][] owner;

    private Merges(List<List<List<Run>>> rows, int headerRows) {
        this.rows = new ArrayList<>();
        rows.forEach(r -> this.rows.add(new ArrayList<>(r)));
        this.headerRows = headerRows;
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        owner = new int[rows.size()][width];
    }

    static Table apply(List<List<List<Run>>> rows, int headerRows) {
        Merges m = new Merges(rows, headerRows);
        for (int r = 0; r < m.rows.size(); r++) {
            for (int c = 0; c < m.rows.get(r).size(); c++) {
                m.cell(r, c);
            }
        }
        List<Merge> merges = m.spans.stream().filter(s -> s[2] > 1 || s[3] > 1)
                .map(s -> new Merge(s[0], s[1], s[2], s[3])).toList();
        return new Table(m.rows, headerRows, merges);
    }

    private void cell(int r, int c) {
        if (owner[r][c] > 0) {
            return; // already taken by a merge from the cell on its left in this row
        }
        String text = Tables.text(rows.get(r).get(c));
        if (text.equals(LEFT) && c > 0 && left(r, c)) {
            return;
        }
        if (text.equals(UP) && r > 0 && up(r, c)) {
            return;
        }
        spans.add(new int[] {r, c, 1, 1});
        owner[r][c] = spans.size();
    }

    /** Widens the one-row span on the left; true when it could. */
    private boolean left(int r, int c) {
        int[] span = spans.get(owner[r][c - 1] - 1);
        if (span[0] != r || span[2] != 1) {
            return false;
        }
        span[3]++;
        owner[r][c] = owner[r][c - 1];
        rows.get(r).set(c, List.of());
        return true;
    }

    /** Deepens the span above when this row marks all of its columns "^"; true when it could. */
    private boolean up(int r, int c) {
        int[] span = spans.get(owner[r - 1][c] - 1);
        boolean sameSide = (r < headerRows) == (span[0] < headerRows);
        if (span[1] != c || span[0] + span[2] != r || !sameSide || c + span[3] > rows.get(r).size()) {
            return false;
        }
        for (int k = c; k < c + span[3]; k++) {
            if (!Tables.text(rows.get(r).get(k)).equals(UP)) {
                return false;
            }
        }
        span[2]++;
        for (int k = c; k < c + span[3]; k++) {
            owner[r][k] = owner[r - 1][c];
            rows.get(r).set(k, List.of());
        }
        return true;
    }
}
