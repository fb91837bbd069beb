package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.document.markup.Blocks.plain;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.markup.Block.Merge;
import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Block.Table;

/** Footnotes "[^1]" and merged table cells ("<", "^", a second row of dashes closing the header). */
class MarkupFootnotesAndTablesTests {

    @Test
    void aFootnoteReferenceCarriesItsNoteAndTheDefinitionLeavesTheText() {
        List<Block> blocks = Markup.parse("""
                Cuộc họp[^tp] đã kết luận[^2].

                [^tp]: Thành phần: **lãnh đạo** các sở.

                [^2]: Xem Thông báo số 12.
                """);

        assertThat(blocks).singleElement().isInstanceOfSatisfying(Paragraph.class, p -> {
            assertThat(p.runs()).extracting(Run::text).containsExactly("Cuộc họp", "1", " đã kết luận", "2", ".");
            assertThat(p.runs().get(1).note()).containsExactly(plain("Thành phần: "), new Run("lãnh đạo", true, false),
                    plain(" các sở."));
            assertThat(p.runs().get(3).note()).containsExactly(plain("Xem Thông báo số 12."));
        });
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndWorkInHeadingsAndCells() {
        List<Block> blocks = Markup.parse("""
                # KẾT QUẢ[^b]

                | A | B |
                |---|---|
                | x[^a] | y[^b] |

                [^a]: Ghi chú A.
                [^b]: Ghi chú B.
                """);

        Block.Heading heading = (Block.Heading) blocks.get(0);
        assertThat(heading.runs().get(1)).satisfies(r -> assertThat(r.text()).isEqualTo("1"))
                .satisfies(r -> assertThat(r.note()).containsExactly(plain("Ghi chú B.")));
        Table table = (Table) blocks.get(1);
        assertThat(table.rows().get(1).get(0).get(1).text()).isEqualTo("2");
        assertThat(table.rows().get(1).get(1).get(1).text()).isEqualTo("1");
    }

    @Test
    void aReferenceWithoutANoteStaysTextAndANoteWithoutAReferenceIsReported() {
        assertThat(Markup.parse("Xem[^x].")).singleElement().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.runs()).extracting(Run::text).containsExactly("Xem", "[^x]", "."));
        assertThat(Markup.problems("Xem[^x].\n\n[^y]: Thừa.", "body")).extracting(FieldProblem::toString)
                .containsExactly("body: chú thích [^x] chưa có nội dung (thêm đoạn “[^x]: …”)",
                        "body: chú thích [^y] không được dẫn ở đâu trong nội dung (thiếu [^y])");
        // a link and an ordinary bracket are not footnotes
        assertThat(Markup.parse("[Cổng](https://a.vn) và [ghi chú]")).singleElement()
                .isInstanceOfSatisfying(Paragraph.class, p -> assertThat(p.runs()).noneMatch(Run::footnote));
    }

    @Test
    void leftAndUpMarksMergeCellsAndASecondDashRowClosesTheHeader() {
        Table t = (Table) Markup.parse("""
                | STT | Chỉ tiêu | Mục tiêu | < |
                |---|---|---|---|
                | ^ | ^ | 2027 | 2030 |
                |---|---|---|---|
                | **A** | **Bảo vệ trẻ em** | < | < |
                | 1 | Tỷ lệ | 90 | 95 |
                """).get(0);

        assertThat(t.headerRows()).isEqualTo(2);
        assertThat(t.rows()).hasSize(4);
        assertThat(t.merges()).containsExactly(new Merge(0, 0, 2, 1), new Merge(0, 1, 2, 1), new Merge(0, 2, 1, 2),
                new Merge(2, 1, 1, 3));
        assertThat(t.covered(1, 0)).isTrue();
        assertThat(t.covered(0, 0)).isFalse();
        assertThat(t.rows().get(1).get(0)).isEmpty();
        assertThat(t.rows().get(2).get(1)).containsExactly(new Run("Bảo vệ trẻ em", true, false));
    }

    @Test
    void marksThatCannotMergeStayAsTyped() {
        Table t = (Table) Markup.parse("""
                | < | A |
                |---|---|
                | ^ | B |
                | x | ^ |
                """).get(0);

        // nothing on the left of the first cell; "^" never reaches from the body into the header
        assertThat(t.merges()).containsExactly(new Merge(1, 1, 2, 1));
        assertThat(t.rows().get(0).get(0)).containsExactly(plain("<"));
        assertThat(t.rows().get(1).get(0)).containsExactly(plain("^"));
    }
}
