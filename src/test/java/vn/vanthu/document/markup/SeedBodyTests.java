package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.document.markup.Block.Heading;
import vn.vanthu.document.markup.Block.Paragraph;

/** Seed 003, a real 16 000-character Kế hoạch body, parses into the shape of the original. */
class SeedBodyTests {

    private final List<Block> blocks = Markup.parse(Seed003Body.MARKUP);

    @Test
    void headingsHaveTheLevelsAndNumbersOfTheOriginal() {
        List<Heading> headings = blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();

        assertThat(headings).extracting(Heading::level, Heading::label).containsExactly(
                tuple(1, "I."), tuple(2, "1."), tuple(2, "2."),
                tuple(1, "II."), tuple(2, "1."), tuple(2, "2."), tuple(2, "3."), tuple(2, "4."), tuple(2, "5."),
                tuple(1, "III."),
                tuple(1, "IV."), tuple(2, "1."), tuple(2, "2."), tuple(2, "3."), tuple(2, "4."), tuple(2, "5."),
                tuple(2, "6."), tuple(2, "7."), tuple(2, "8."), tuple(2, "9."), tuple(2, "10."), tuple(2, "11."),
                tuple(2, "12."), tuple(2, "13."), tuple(2, "14."),
                tuple(1, "V."));
        assertThat(headings.get(3).runs()).extracting(Block.Run::text).containsExactly("NỘI DUNG");
        assertThat(headings.get(21).runs()).extracting(Block.Run::text).containsExactly("Sở Kế hoạch và Đầu tư");
    }

    @Test
    void bodyParagraphsKeepTheirLabelsAndText() {
        List<Paragraph> paragraphs =
                blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();

        assertThat(paragraphs).hasSize(72);
        assertThat(paragraphs).filteredOn(p -> p.label().equals("-")).hasSize(63);
        assertThat(paragraphs).filteredOn(p -> p.label().matches("\\d\\.")).extracting(Paragraph::label)
                .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.");
        assertThat(paragraphs.get(0).label()).isEmpty();
        assertThat(paragraphs.get(0).runs().get(0).text()).startsWith("Thực hiện Chỉ thị số 23/CT-TTg");
        assertThat(paragraphs.get(paragraphs.size() - 1).runs().get(0).text()).endsWith("theo định kỳ./.");
    }

    @Test
    void theWholeSeedReadsWithoutProblems() {
        assertThat(Markup.problems(Seed003Body.MARKUP, "body")).isEmpty();
        assertThat(blocks).hasSize(26 + 72);
    }
}
