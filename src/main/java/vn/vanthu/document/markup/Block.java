package vn.vanthu.document.markup;

import java.util.List;

/** One block of a parsed body: what the renderer lays out, numbering already resolved. */
public sealed interface Block {

    /**
     * A run of text with its emphasis; text is literal, never markup. A footnote reference has a
     * {@code note}: its text is the footnote's number and the note the footnote's own runs.
     */
    record Run(String text, boolean bold, boolean italic, List<Run> note) {
        public Run {
            note = note == null ? null : List.copyOf(note);
        }

        /** Plain text with its emphasis. */
        public Run(String text, boolean bold, boolean italic) {
            this(text, bold, italic, null);
        }

        /** True for a footnote reference (chú thích at the page foot). */
        public boolean footnote() {
            return note != null;
        }
    }

    /**
     * A justified body paragraph with first-line indent. {@code label} is the resolved number or
     * mark that starts it ("1.", "a)", "-", "Điều 3.") or empty; {@code labelBold} sets it bold.
     */
    record Paragraph(String label, boolean labelBold, List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A bold heading line inside the body: level 1 is a Roman section ("I."), level 2 an Arabic
     * item ("1."), level 3 a sub-item ("1.1."); {@code label} holds the resolved number.
     */
    record Heading(int level, String label, List<Run> runs) implements Block {
        public Heading {
            runs = List.copyOf(runs);
        }
    }

    /** A centred two-line structural heading: "Chương I" over "QUY ĐỊNH CHUNG" (Phần, Chương, Mục). */
    record Division(String label, String title) implements Block {
    }

    /**
     * A table; the first {@code headerRows} rows repeat on each page and are bold. A merged cell is listed in
     * {@code merges}; the cells it covers stay in {@code rows}, empty, so every row keeps its width.
     */
    record Table(List<List<List<Run>>> rows, int headerRows, List<Merge> merges) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            merges = List.copyOf(merges);
        }

        /** A table without merged cells. */
        public Table(List<List<List<Run>>> rows, int headerRows) {
            this(rows, headerRows, List.of());
        }

        /** The merged cell whose top left cell this is, or null. */
        public Merge mergeAt(int row, int column) {
            if (merges.isEmpty()) {
                return null;
            }
            return merges.stream().filter(m -> m.row() == row && m.column() == column).findFirst().orElse(null);
        }

        /** True when a merged cell starting elsewhere covers this cell. */
        public boolean covered(int row, int column) {
            if (merges.isEmpty()) {
                return false;
            }
            return merges.stream().anyMatch(m -> m.covers(row, column) && !(m.row() == row && m.column() == column));
        }
    }

    /** A merged cell: its top left cell and how many rows and columns it spans. */
    record Merge(int row, int column, int rows, int columns) {

        /** True when the cell lies inside this merged cell. */
        public boolean covers(int r, int c) {
            return r >= row && r < row + rows && c >= column && c < column + columns;
        }
    }
}
