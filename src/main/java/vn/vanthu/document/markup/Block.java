package vn.vanthu.document.markup;

import java.util.List;

/** One block of a parsed body: what the renderer lays out, numbering already resolved. */
public sealed interface Block {

    /** A run of text with its emphasis; text is literal, never markup. */
    record Run(String text, boolean bold, boolean italic) {
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

    /** A table; the first {@code headerRows} rows repeat on each page and are bold. */
    record Table(List<List<List<Run>>> rows, int headerRows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }
}
