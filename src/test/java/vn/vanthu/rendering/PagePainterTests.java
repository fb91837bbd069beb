package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * vanthu's text operators (TextOperators, through PagePainter) are FOP's, byte for byte, in a Công văn whose
 * body holds kerning pairs, a no-break space, bold and italic runs, characters past the kept range and
 * characters PDF strings escape: as rendered, and with letter spacing, word spacing, colour and a justified
 * last line added. FopParityTests covers the examples; TextOperatorsTests the turns no layout here takes.
 */
class PagePainterTests {

    private static final FopEngine ENGINE = new FopEngine();
    private static final PlainFop FOP = PlainFop.productConfig();
    private static final DocumentRenderer RENDERER = DocumentRenderer.create();
    private static final String BODY_BLOCK = "text-indent=\"10mm\"";
    private static final String TEXT = "Thực hiện Kế hoạch số 42/KH-UBND ngày 11/3/2022 của Ủy ban nhân dân tỉnh"
            + " về công tác trẻ em năm 2022, đề nghị các cơ quan,\u00a0đơn vị tập trung triển khai: **rà soát,"
            + " kiện toàn** Ban Điều hành; *AVATAR To Wa Yo Tệ LT Ty* \"trích\" (ngoặc) \\ a<b>c “kép” …"
            + " – → № ‰ ™ €.";

    /** The body's paragraphs, with FOP attributes vanthu's templates do not write added to each. */
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "letter-spacing=\"1.5pt\"",
        "letter-spacing=\"-0.3pt\" color=\"#c00000\"",
        "word-spacing.minimum=\"3pt\" word-spacing.optimum=\"4pt\" word-spacing.maximum=\"40pt\"",
        "text-align-last=\"justify\"",
    })
    void textIsWrittenWithFopsOperators(String attributes) throws IOException {
        var dispatch = Fixtures.congVan(TEXT + "\n\n" + TEXT.toUpperCase(java.util.Locale.ROOT));
        String fo = RENDERER.fo(dispatch, dispatch.mode());
        assertThat(fo).contains(BODY_BLOCK);
        fo = fo.replace(BODY_BLOCK, BODY_BLOCK + " " + attributes);
        byte[] ours = PdfOutputTests.checked(ENGINE.render(fo, "Kiểm tra"));
        byte[] fops = PdfOutputTests.checked(FOP.render(fo, "Kiểm tra"));
        List<String> ourPages = pages(ours);
        assertThat(ourPages).isNotEmpty().allMatch(page -> page.contains("] TJ\n"));
        // a space of a justified line: its glyph, then the adjustment that widens it
        assertThat(String.join("", ourPages)).containsPattern("[0-9A-F]{4}> -[0-9.]+ <");
        assertThat(ourPages).isEqualTo(pages(fops));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        return FopParityTests.pageContents(pdf).stream()
                .map(content -> new String(content, StandardCharsets.ISO_8859_1)).toList();
    }
}
