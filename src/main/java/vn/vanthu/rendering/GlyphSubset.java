package vn.vanthu.rendering;

import java.util.Arrays;
import org.apache.fop.fonts.CIDSubset;
import org.apache.fop.fonts.MultiByteFont;

/**
 * FOP's glyph subset of one document's font, with its two lookups made per character as array reads. FOP
 * keeps the subset in maps of boxed integers and asks them for every character it measures
 * ({@code getOriginalGlyphIndex}, through {@code MultiByteFont.getWidth}) and maps ({@code mapCodePoint}):
 * 5.6 % of a render's CPU samples. The arrays only remember what FOP's own maps answered, and FOP's maps
 * still take every new glyph and answer everything else, so the subset is FOP's.
 */
final class GlyphSubset extends CIDSubset {

    /** Subset index + 1 by original glyph index; 0 where the glyph is not in the subset yet. */
    private int[] selectorPlusOne = new int[0];
    /** Original glyph index by subset index, for the first {@code known} subset indices. */
    private int[] glyphs = new int[64];
    private int known;

    GlyphSubset(MultiByteFont font) {
        super(font);
        remember(0, super.mapCodePoint(0, 0)); // .notdef, which FOP's subset holds from the start
    }

    @Override
    public int getOriginalGlyphIndex(int index) {
        return index >= 0 && index < known ? glyphs[index] : super.getOriginalGlyphIndex(index);
    }

    @Override
    public int mapChar(int glyphIndex, char unicode) {
        return mapCodePoint(glyphIndex, unicode);
    }

    @Override
    public int mapCodePoint(int glyphIndex, int codePoint) {
        if (glyphIndex >= 0 && glyphIndex < selectorPlusOne.length && selectorPlusOne[glyphIndex] != 0) {
            return selectorPlusOne[glyphIndex] - 1;
        }
        int selector = super.mapCodePoint(glyphIndex, codePoint);
        remember(glyphIndex, selector);
        return selector;
    }

    private void remember(int glyphIndex, int selector) {
        if (glyphIndex < 0 || glyphIndex > 0xFFFF) {
            return; // not a TrueType glyph index: FOP's maps answer for it
        }
        if (glyphIndex >= selectorPlusOne.length) {
            selectorPlusOne = Arrays.copyOf(selectorPlusOne, Math.max(glyphIndex + 1, selectorPlusOne.length * 2));
        }
        selectorPlusOne[glyphIndex] = selector + 1;
        // FOP numbers new glyphs 0, 1, 2…: the array covers subset indices up to the first gap
        if (selector == known) {
            if (known == glyphs.length) {
                glyphs = Arrays.copyOf(glyphs, known * 2);
            }
            glyphs[known++] = glyphIndex;
        }
    }
}
