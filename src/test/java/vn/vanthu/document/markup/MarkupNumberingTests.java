package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.document.markup.Blocks.article;
import static vn.vanthu.document.markup.Blocks.bold;
import static vn.vanthu.document.markup.Blocks.heading;
import static vn.vanthu.document.markup.Blocks.paragraph;
import static vn.vanthu.document.markup.Blocks.plain;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.document.markup.Block.Division;
import vn.vanthu.document.markup.Block.Paragraph;

class MarkupNumberingTests {

    @Test
    void headingsAreNumberedRomanArabicAndDottedAndResetUnderTheirParent() {
        String body = "# MỤC ĐÍCH\n## Mục đích\n### Một\n### Hai\n## Yêu cầu\n### Ba\n# NỘI DUNG\n## Bốn\n### Năm";

        assertThat(Markup.parse(body)).containsExactly(heading(1, "I.", "MỤC ĐÍCH"), heading(2, "1.", "Mục đích"),
                heading(3, "1.1.", "Một"), heading(3, "1.2.", "Hai"), heading(2, "2.", "Yêu cầu"),
                heading(3, "2.1.", "Ba"), heading(1, "II.", "NỘI DUNG"), heading(2, "1.", "Bốn"),
                heading(3, "1.1.", "Năm"));
    }

    @Test
    void typedNumbersAreKeptAndAutomaticNumberingContinuesFromThem() {
        String body = "# II. NỘI DUNG\n# TỔ CHỨC\n## 3. Sở Y tế\n## Sở Tư pháp\n### 2.4. Một\n### Hai\n# IV.\n# CUỐI";

        assertThat(Markup.parse(body)).containsExactly(heading(1, "II.", "NỘI DUNG"), heading(1, "III.", "TỔ CHỨC"),
                heading(2, "3.", "Sở Y tế"), heading(2, "4.", "Sở Tư pháp"), heading(3, "2.4.", "Một"),
                heading(3, "2.5.", "Hai"), new Block.Heading(1, "IV.", List.of()), heading(1, "V.", "CUỐI"));
    }

    @Test
    void aRomanLookingWordIsNotANumber() {
        assertThat(Markup.parse("# MỤC TIÊU")).containsExactly(heading(1, "I.", "MỤC TIÊU"));
    }

    @Test
    void articlesAreNumberedAutomaticallyOrKeptAsTyped() {
        String body = "Điều #. Phạm vi điều chỉnh\n\nĐiều 5. Đối tượng áp dụng\n\n**Điều #.** Giải thích từ ngữ\n\nĐiều #.";

        assertThat(Markup.parse(body)).containsExactly(article("Điều 1.", "Phạm vi điều chỉnh"),
                article("Điều 5.", "Đối tượng áp dụng"), article("Điều 6.", "Giải thích từ ngữ"), article("Điều 7.", ""));
    }

    @Test
    void anArticleTitleTheClerkBoldsStaysBold() {
        assertThat(Markup.parse("Điều #. **Hiệu lực thi hành**"))
                .containsExactly(new Paragraph("Điều 1.", true, List.of(bold("Hiệu lực thi hành"))));
    }

    @Test
    void theWordDieuInsideASentenceIsNotAnArticle() {
        assertThat(Markup.parse("Điều này có hiệu lực.\n\nĐiều 5 của Luật quy định."))
                .containsExactly(paragraph("Điều này có hiệu lực."), paragraph("Điều 5 của Luật quy định."));
    }

    @Test
    void divisionsAreNumberedAndTheirTitlesUpperCased() {
        String body = """
                Chương #
                quy định chung

                Điều #. Phạm vi

                Mục #
                đối tượng

                Mục #
                điều kiện

                Chương #
                điều khoản thi hành

                Mục #
                hiệu lực

                Điều #. Hiệu lực
                """;

        assertThat(Markup.parse(body)).containsExactly(new Division("Chương I", "QUY ĐỊNH CHUNG"),
                article("Điều 1.", "Phạm vi"), new Division("Mục 1", "ĐỐI TƯỢNG"), new Division("Mục 2", "ĐIỀU KIỆN"),
                new Division("Chương II", "ĐIỀU KHOẢN THI HÀNH"), new Division("Mục 1", "HIỆU LỰC"),
                article("Điều 2.", "Hiệu lực"));
    }

    @Test
    void typedDivisionNumbersAreKeptAndContinued() {
        String body = "Phần thứ nhất\nnhững quy định chung\n\nPhần #\nquy định cụ thể\n\nChương III\nthủ tục\n\n"
                + "Chương #\ntrách nhiệm\n\nMục 2\nmột\n\nMục #\nhai";

        assertThat(Markup.parse(body)).containsExactly(new Division("Phần thứ nhất", "NHỮNG QUY ĐỊNH CHUNG"),
                new Division("Phần thứ hai", "QUY ĐỊNH CỤ THỂ"), new Division("Chương III", "THỦ TỤC"),
                new Division("Chương IV", "TRÁCH NHIỆM"), new Division("Mục 2", "MỘT"), new Division("Mục 3", "HAI"));
    }

    @Test
    void aTitleAfterABlankLineStillBelongsToItsDivision() {
        assertThat(Markup.parse("Chương #\n\nQuy định chung\n\nĐiều #. Một"))
                .containsExactly(new Division("Chương I", "QUY ĐỊNH CHUNG"), article("Điều 1.", "Một"));
    }

    @Test
    void aDivisionWithoutTitleIsReported() {
        assertThat(Markup.parse("Chương #\n\nĐiều #. Một"))
                .containsExactly(new Division("Chương I", ""), article("Điều 1.", "Một"));
        assertThat(Markup.problems("Chương #", "body")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("«Chương I» thiếu tên"));
    }

    @Test
    void aSentenceStartingWithChuongIsNotADivision() {
        assertThat(Markup.parse("Chương trình hành động\nquốc gia vì trẻ em"))
                .containsExactly(new Paragraph("", false, List.of(plain("Chương trình hành động quốc gia vì trẻ em"))));
    }
}
