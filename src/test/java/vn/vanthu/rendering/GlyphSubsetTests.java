package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.CIDSet;
import org.apache.fop.fonts.CIDSubset;
import org.apache.fop.fonts.MultiByteFont;
import org.junit.jupiter.api.Test;

/** The array-backed subset answers exactly what FOP's own subset answers, whatever order glyphs come in. */
class GlyphSubsetTests {

    @Test
    void answersAsFopsSubsetForRandomDocuments() throws Exception {
        MultiByteFont font = GlyphLookupTests.parse("LiberationSerif-Regular.ttf");
        GlyphLookup lookup = GlyphLookup.of(font);
        int glyphCount = font.getWidths().length;
        Random random = new Random(14);
        for (int document = 0; document < 300; document++) {
            CIDSubset fop = new CIDSubset(font);
            GlyphSubset ours = new GlyphSubset(font);
            // a document's characters: a small alphabet used again and again, as text is
            int alphabet = 1 + random.nextInt(document % 3 == 0 ? 2_000 : 120);
            for (int i = 0; i < 2_000; i++) {
                int c = 0x20 + random.nextInt(alphabet * 4);
                int glyph = random.nextInt(50) == 0 ? random.nextInt(glyphCount) : lookup.glyph(c);
                int selector = fop.mapCodePoint(glyph, c);
                int answer = random.nextBoolean() ? ours.mapCodePoint(glyph, c) : ours.mapChar(glyph, (char) c);
                assertThat(answer).as("glyph %d of U+%04X", glyph, c).isEqualTo(selector);
                int probe = random.nextInt(fop.getNumberOfGlyphs() + 3) - 1;
                assertThat(ours.getOriginalGlyphIndex(probe)).as("subset index %d", probe)
                        .isEqualTo(fop.getOriginalGlyphIndex(probe));
            }
            assertSame(fop, ours);
        }
    }

    @Test
    void documentFontsKeepTheirSubsetInTheArrays() throws Exception {
        MultiByteFont parsed = GlyphLookupTests.parse("LiberationSerif-Bold.ttf");
        InternalResourceResolver resolver = ResourceResolverFactory.createInternalResourceResolver(
                new java.net.URI("file:///"), ResourceResolverFactory.createDefaultResourceResolver());
        MultiByteFont fork = FontFork.of(parsed, GlyphLookup.of(parsed), new byte[0], null, resolver,
                new RenderMeter(RenderBudget.DEFAULT, System.nanoTime()));
        assertThat(fork.getCIDSet()).isInstanceOf(GlyphSubset.class);
        char mapped = fork.mapChar('ệ');
        assertThat(fork.getWidth(mapped, 1)).isEqualTo(parsed.getWidths()[parsed.findGlyphIndex('ệ')]);
        assertThat(fork.getUsedGlyphs()).containsKeys(0, parsed.findGlyphIndex('ệ'));
    }

    private static void assertSame(CIDSet fop, CIDSet ours) {
        assertThat(ours.getNumberOfGlyphs()).isEqualTo(fop.getNumberOfGlyphs());
        assertThat(ours.getGlyphs()).containsExactlyEntriesOf(fop.getGlyphs());
        assertThat(ours.getChars()).isEqualTo(fop.getChars());
        assertThat(ours.getWidths()).isEqualTo(fop.getWidths());
        assertThat(ours.getGlyphIndices()).isEqualTo(fop.getGlyphIndices());
        for (int i = -1; i <= fop.getNumberOfGlyphs(); i++) {
            assertThat(ours.getOriginalGlyphIndex(i)).isEqualTo(fop.getOriginalGlyphIndex(i));
            assertThat(ours.getUnicode(i)).isEqualTo(fop.getUnicode(i));
        }
    }
}
