package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTests {

    private static final Face REGULAR = new Face("ABCDEF+LiberationSerif", true, false, false);

    private static List<Glyph> word(String text, float x, float baseline) {
        List<Glyph> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            out.add(new Glyph(String.valueOf(c), x, baseline, 7, 14, REGULAR));
            x += 7;
        }
        return out;
    }

    @Test
    void splitsColumnsOnOneBaselineAndJoinsWordsWithinOne() {
        List<Glyph> glyphs = new ArrayList<>(word("Số:", 100, 120));
        glyphs.addAll(word("05/UBND", 128, 120.8f));
        glyphs.addAll(word("Hà", 350, 121));

        List<TextLine> lines = LineBuilder.build(1, glyphs, new ArrayList<>());

        assertThat(lines).extracting(TextLine::text).containsExactly("Số: 05/UBND", "Hà");
        assertThat(lines.get(0).size()).isEqualTo(14f);
    }

    @Test
    void underscoreRunBecomesARuleNotText() {
        List<HRule> rules = new ArrayList<>();

        List<TextLine> lines = LineBuilder.build(1, word("________", 100, 90), rules);

        assertThat(lines).isEmpty();
        assertThat(rules).singleElement().satisfies(r -> assertThat(r.width()).isEqualTo(56f));
    }

    @Test
    void foldAcceptsBothTonePlacements() {
        assertThat(Texts.fold("Cộng hoà xã hội")).isEqualTo(Texts.fold("CỘNG HÒA XÃ HỘI"));
        assertThat(Texts.fold("UỶ BAN")).isEqualTo("ỦY BAN");
        assertThat(new Face("ABCDEF+TimesNewRomanPS-BoldMT", true, true, false).timesFamily()).isTrue();
        assertThat(new Face("Helvetica", false, false, false).timesFamily()).isFalse();
    }
}
