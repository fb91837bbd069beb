package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.document.markup.Blocks.item;
import static vn.vanthu.document.markup.Blocks.paragraph;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.markup.Block.Paragraph;

class MarkupListsTests {

    @Test
    void orderedItemsKeepTheNumberTypedForEachItem() {
        assertThat(Markup.parse("1. một\n2. hai\n10. mười\n2. lại hai"))
                .containsExactly(item("1.", "một"), item("2.", "hai"), item("10.", "mười"), item("2.", "lại hai"));
    }

    @Test
    void parenthesisMarkersAndLeadingZerosAreKept() {
        assertThat(Markup.parse("1) một\n2) hai")).containsExactly(item("1)", "một"), item("2)", "hai"));
        assertThat(Markup.parse("01. một\n02. hai")).containsExactly(item("01.", "một"), item("02.", "hai"));
    }

    @Test
    void anItemWithSeveralParagraphsLabelsOnlyTheFirst() {
        assertThat(Markup.parse("1. Đoạn đầu.\n\n   Đoạn tiếp.\n2. Mục hai."))
                .containsExactly(item("1.", "Đoạn đầu."), paragraph("Đoạn tiếp."), item("2.", "Mục hai."));
    }

    @Test
    void plusItemsBecomeVietnamesePointsAndDashOrStarItemsDashes() {
        assertThat(Markup.parse("+ một\n+ hai\n+ ba\n\n- gạch\n* sao"))
                .containsExactly(item("a)", "một"), item("b)", "hai"), item("c)", "ba"), item("-", "gạch"),
                        item("-", "sao"));
    }

    @Test
    void pointLettersFollowDecree30WithoutFJWZ() {
        String body = IntStream.range(0, 23).mapToObj(i -> "+ điểm " + i).collect(Collectors.joining("\n"));

        List<String> labels = Markup.parse(body).stream().map(b -> ((Paragraph) b).label()).toList();

        assertThat(labels).containsExactly("a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)",
                "n)", "o)", "p)", "q)", "r)", "s)", "t)", "u)", "v)", "x)", "y)");
        assertThat(Markup.problems(body, "body")).isEmpty();
    }

    @Test
    void aTwentyFourthPointContinuesButIsReported() {
        String body = IntStream.range(0, 25).mapToObj(i -> "+ điểm " + i).collect(Collectors.joining("\n"));

        List<Block> blocks = Markup.parse(body);

        assertThat(blocks).hasSize(25);
        assertThat(blocks.get(23)).isEqualTo(item("aa)", "điểm 23"));
        assertThat(blocks.get(24)).isEqualTo(item("bb)", "điểm 24"));
        assertThat(Markup.problems(body, "body")).singleElement()
                .extracting(FieldProblem::field, p -> p.message().startsWith("quá 23 điểm a), b), … trong một danh sách"))
                .containsExactly("body", true);
    }

    @Test
    void eachListStartsItsPointsAgain() {
        assertThat(Markup.parse("+ một\n+ hai\n\nđoạn\n\n+ ba"))
                .containsExactly(item("a)", "một"), item("b)", "hai"), paragraph("đoạn"), item("a)", "ba"));
    }

    @Test
    void aParagraphTheClerkStartsWithALetterStaysVerbatim() {
        assertThat(Markup.parse("a) Tự đánh số.\n\nb) Tiếp."))
                .containsExactly(paragraph("a) Tự đánh số."), paragraph("b) Tiếp."));
    }

    @Test
    void nestedListsComeOutInOrder() {
        String body = """
                1. Khoản một:
                   + điểm một;
                   + điểm hai:
                     - gạch một;
                     - gạch hai.
                2. Khoản hai.
                """;

        assertThat(Markup.parse(body)).containsExactly(item("1.", "Khoản một:"), item("a)", "điểm một;"),
                item("b)", "điểm hai:"), item("-", "gạch một;"), item("-", "gạch hai."), item("2.", "Khoản hai."));
    }

    @Test
    void anItemOpeningWithANestedListStillShowsItsLabel() {
        assertThat(Markup.parse("1. + bên trong")).containsExactly(new Paragraph("1.", false, List.of()),
                item("a)", "bên trong"));
    }
}
