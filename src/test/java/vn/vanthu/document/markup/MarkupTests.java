package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.document.markup.Blocks.bold;
import static vn.vanthu.document.markup.Blocks.italic;
import static vn.vanthu.document.markup.Blocks.paragraph;
import static vn.vanthu.document.markup.Blocks.plain;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Block.Table;

class MarkupTests {

    @Test
    void withinReadOnceABodyIsParsedOnceForBothItsProblemsAndItsBlocks() {
        String body = "1. Một\n\n" + "- gạch\n".repeat(3);
        List<Block> outside = Markup.parse(body);
        assertThat(Markup.parse(body)).as("outside readOnce: parsed again").isNotSameAs(outside).isEqualTo(outside);
        List<Block> read = Markup.readOnce(() -> {
            assertThat(Markup.problems(body, "body")).isEmpty();
            List<Block> first = Markup.parse(body);
            assertThat(first).isEqualTo(outside);
            assertThat(Markup.parse(body)).isSameAs(first);
            String copy = new String(body);
            assertThat(Markup.parse(copy)).as("another string, even an equal one: parsed").isNotSameAs(first);
            Markup.readOnce(() -> assertThat(Markup.parse(body)).as("nested: the same reads").isSameAs(first));
            return first;
        });
        assertThat(Markup.parse(body)).as("after readOnce: forgotten").isNotSameAs(read).isEqualTo(read);
    }

    @Test
    void blankLinesSeparateParagraphsAndSoftBreaksJoinWithASpace() {
        assertThat(Markup.parse("Thực hiện Kế hoạch\nsố 42/KH-UBND.\n\nĐoạn thứ hai."))
                .containsExactly(paragraph("Thực hiện Kế hoạch số 42/KH-UBND."), paragraph("Đoạn thứ hai."));
    }

    @Test
    void hardLineBreaksBecomeLineFeedsInsideTheRun() {
        assertThat(Markup.parse("dòng một\\\ndòng hai  \ndòng ba"))
                .containsExactly(paragraph("dòng một\ndòng hai\ndòng ba"));
    }

    @Test
    void emphasisBecomesRunFlagsAndNestedEmphasisCombines() {
        List<Block> blocks = Markup.parse("a **đậm** b *nghiêng* c _nghiêng_ d ***cả hai*** e **đậm *và nghiêng***");

        assertThat(blocks).containsExactly(new Paragraph("", false, List.of(plain("a "), bold("đậm"),
                plain(" b "), italic("nghiêng"), plain(" c "), italic("nghiêng"), plain(" d "),
                new Run("cả hai", true, true), plain(" e "), bold("đậm "), new Run("và nghiêng", true, true))));
    }

    @Test
    void pipeTablesKeepTheHeaderRowFirstAndEmphasisInCells() {
        List<Block> blocks = Markup.parse("| STT | Xã | Kết quả |\n|---|---|---|\n| 1 | Xã A | **Đạt** |\n| 2 | Xã B | *Chưa* \\| xét |");

        assertThat(blocks).containsExactly(new Table(List.of(
                List.of(List.of(plain("STT")), List.of(plain("Xã")), List.of(plain("Kết quả"))),
                List.of(List.of(plain("1")), List.of(plain("Xã A")), List.of(bold("Đạt"))),
                List.of(List.of(plain("2")), List.of(plain("Xã B")), List.of(italic("Chưa"), plain(" | xét")))), 1));
    }

    @Test
    void tableCellsBeyondTheHeaderWidthAreKeptInTheLastCell() {
        Table table = (Table) Markup.parse("| A | B |\n|---|---|\n| 1 | 2 | 3 | 4 |").get(0);

        assertThat(table.rows().get(1)).containsExactly(List.of(plain("1")), List.of(plain("2 | 3 | 4")));
    }

    @Test
    void linksKeepTextAndAddressAndImagesTheirAltText() {
        assertThat(Markup.parse("Xem [Cổng thông tin](https://chinhphu.vn), ![Sơ đồ](so-do.png) và [https://a.vn](https://a.vn)."))
                .containsExactly(paragraph("Xem Cổng thông tin (https://chinhphu.vn), Sơ đồ và https://a.vn."));
    }

    @Test
    void inputInDecomposedFormIsNormalisedToNfc() {
        String nfd = Normalizer.normalize("Điều #. Ủy ban nhân dân tỉnh", Normalizer.Form.NFD);

        assertThat(Markup.parse(nfd)).containsExactly(Blocks.article("Điều 1.", "Ủy ban nhân dân tỉnh"));
    }

    @Test
    void windowsLineEndingsReadLikeUnixOnes() {
        assertThat(Markup.parse("1. một\r\n2. hai\r\n\r\nđoạn"))
                .containsExactly(Blocks.item("1.", "một"), Blocks.item("2.", "hai"), paragraph("đoạn"));
    }

    @Test
    void emptyInputGivesNoBlocksAndNoProblems() {
        assertThat(Markup.parse("")).isEmpty();
        assertThat(Markup.parse(null)).isEmpty();
        assertThat(Markup.parse(" \n\n\t\n")).isEmpty();
        assertThat(Markup.problems("", "body")).isEmpty();
    }

    @Test
    void theEndMarkIsLeftAsText() {
        assertThat(Markup.parse("Yêu cầu các đơn vị thực hiện./."))
                .containsExactly(paragraph("Yêu cầu các đơn vị thực hiện./."));
    }

    @Test
    void aWellFormedBodyHasNoProblems() {
        assertThat(Markup.problems("# MỤC ĐÍCH\n\n+ một\n+ hai\n\nĐiều #. Phạm vi", "body")).isEmpty();
    }
}
