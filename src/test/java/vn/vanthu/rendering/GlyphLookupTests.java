package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.MultiByteFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The glyph table answers exactly what FOP's own cmap walk answers, for every character of the BMP. */
class GlyphLookupTests {

    @ParameterizedTest
    @ValueSource(strings = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf"})
    void everyBmpCharacterGetsFopsGlyph(String file) throws Exception {
        MultiByteFont font = parse(file);
        GlyphLookup lookup = GlyphLookup.of(font);
        int found = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            int fop = font.findGlyphIndex(c);
            int ours = lookup.glyph(c);
            if (ours != fop) {
                throw new AssertionError(String.format("U+%04X: FOP %d, lookup %d", c, fop, ours));
            }
            found += ours != 0 ? 1 : 0;
        }
        assertThat(found).as("Latin, Vietnamese, Greek, Cyrillic…").isGreaterThan(2000);
        assertThat(lookup.glyph('ệ')).isNotZero();
        assertThat(lookup.glyph(0x10000)).as("beyond the BMP: FOP's walk decides").isZero();
    }

    /** A bundled face as FOP parses it, with no subset state yet. */
    static MultiByteFont parse(String file) throws Exception {
        InternalResourceResolver resolver = ResourceResolverFactory.createInternalResourceResolver(
                new URI("file:///"), ResourceResolverFactory.createDefaultResourceResolver());
        URI uri = GlyphLookupTests.class.getResource("/fonts/" + file).toURI();
        return (MultiByteFont) FontLoader.loadFont(new org.apache.fop.fonts.FontUris(uri, null), null, true,
                EmbeddingMode.SUBSET, EncodingMode.AUTO, true, false, resolver, false, false, false);
    }
}
