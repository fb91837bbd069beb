package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.document.markup.Blocks.paragraph;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.vanthu.document.markup.Block.Division;
import vn.vanthu.document.markup.Block.Heading;
import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;
import vn.vanthu.document.markup.Block.Table;

/** Whatever a clerk types reaches the output as literal text; escaping for XML happens later. */
class MarkupLiteralTests {

    @ParameterizedTest
    @ValueSource(strings = {"<fo:block>x</fo:block>", "]]>", "${x}", "<#assign x = 1>", "&amp; &lt; &#65;",
            "`mã` và ``hai``", "<https://a.vn>", "<!-- ghi chú -->", "a < b && c > d", "~~gạch~~", "\\q \\ä"})
    void hostileOrUnsupportedInlineTextArrivesLiterally(String typed) {
        assertThat(Markup.parse("Nội dung " + typed + " hết")).containsExactly(paragraph("Nội dung " + typed + " hết"));
    }

    @Test
    void htmlBlocksStayTextWithTheirLinesJoined() {
        assertThat(Markup.parse("<div>\nnội dung\n</div>")).containsExactly(paragraph("<div> nội dung </div>"));
        assertThat(Markup.parse("<script>alert(1)</script>")).containsExactly(paragraph("<script>alert(1)</script>"));
    }

    @Test
    void codeBlocksQuotesAndRulesStayText() {
        assertThat(Markup.parse("```\nmã\n```")).containsExactly(paragraph("``` mã ```"));
        assertThat(Markup.parse("    thụt lề bốn dấu cách")).containsExactly(paragraph("thụt lề bốn dấu cách"));
        assertThat(Markup.parse("> trích dẫn")).containsExactly(paragraph("> trích dẫn"));
        assertThat(Markup.parse("***")).containsExactly(paragraph("***"));
    }

    @Test
    void anUnderlinedLineIsNotAHeadingButTextWithItsUnderline() {
        assertThat(Markup.parse("Tiêu đề\n---")).containsExactly(paragraph("Tiêu đề\n---"));
        assertThat(Markup.parse("Tiêu đề\n===")).containsExactly(paragraph("Tiêu đề\n==="));
    }

    @Test
    void linkReferenceDefinitionsStayText() {
        assertThat(Markup.parse("[1]: https://a.vn \"tên\"")).containsExactly(paragraph("[1]: https://a.vn \"tên\""));
    }

    @Test
    void headingsDeeperThanThreeStayTextAndAreReported() {
        assertThat(Markup.parse("#### Tiểu mục")).containsExactly(paragraph("#### Tiểu mục"));
        assertThat(Markup.problems("#### Tiểu mục", "body")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("body: tiêu đề cấp 4"));
    }

    @Test
    void anEmptyHeadingMarkStaysText() {
        assertThat(Markup.parse("#")).containsExactly(paragraph("#"));
    }

    @Test
    void deeplyNestedHostileInputNeitherThrowsNorLosesText() {
        String nested = "- ".repeat(5_000) + "cuối";
        String emphasis = "*a ".repeat(20_000) + "b* ".repeat(20_000);

        assertThat(text(Markup.parse(nested))).contains("cuối");
        String output = text(Markup.parse(emphasis));
        assertThat(count(output, 'a')).isEqualTo(20_000);
        assertThat(count(output, 'b')).isEqualTo(20_000);
    }

    /** Random markup soup: never an exception, and no w or z (letters no label uses) is ever lost. */
    @Test
    void randomMarkupNeverThrowsAndKeepsEveryLetter() {
        String alphabet = "wz #*_-+1.)[]()<>&`\\|:\n\n  Đđ";
        Random random = new Random(30_2020);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = source.toString();
            String output = text(Markup.parse(typed));
            assertThat(count(output, 'w')).as(typed).isGreaterThanOrEqualTo(count(typed, 'w'));
            assertThat(count(output, 'z')).as(typed).isGreaterThanOrEqualTo(count(typed, 'z'));
            assertThat(Markup.problems(typed, "body")).isNotNull();
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /** All text of the blocks, labels included. */
    static String text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append(p.label()).append(runs(p.runs()));
            } else if (block instanceof Heading h) {
                out.append(h.label()).append(runs(h.runs()));
            } else if (block instanceof Division d) {
                out.append(d.label()).append(d.title());
            } else if (block instanceof Table t) {
                t.rows().forEach(row -> row.forEach(cell -> out.append(runs(cell))));
            }
        }
        return out.toString();
    }

    private static String runs(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
