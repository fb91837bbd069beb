package vn.vanthu.rendering;

import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.MultiByteFont;

/**
 * The glyph of a character as one array read. FOP's {@code MultiByteFont.findGlyphIndex} walks the cmap's
 * segments one by one, for every character above U+00FF (all of Vietnamese's letters with diacritics) and
 * several times per character (to choose the font, to measure, to paint): 4 % of a render's CPU samples. The
 * table is that walk done once per parsed font, so its answers are FOP's.
 */
final class GlyphLookup {

    /** Glyph index by BMP character, in the order FOP's walk finds them; 0 where the cmap has none. */
    private final char[] glyphs = new char[0x10000];

    private GlyphLookup(CMapSegment[] cmap) {
        for (CMapSegment segment : cmap) {
            int end = Math.min(segment.getUnicodeEnd(), 0xFFFF);
            for (int c = Math.max(segment.getUnicodeStart(), 0); c <= end; c++) {
                // FOP's walk takes the first segment that gives a glyph other than 0 (and glyph indices fit a char)
                if (glyphs[c] == 0) {
                    glyphs[c] = (char) (segment.getGlyphStartIndex() + c - segment.getUnicodeStart());
                }
            }
        }
    }

    /** The table of a parsed font; built once, shared by every document (read-only). */
    static GlyphLookup of(MultiByteFont parsed) {
        return new GlyphLookup(parsed.getCMap());
    }

    /** The glyph of {@code c} in the parsed cmap, or 0 when it has none there (FOP's walk decides then). */
    int glyph(int c) {
        return c >= 0 && c < glyphs.length ? glyphs[c] : 0;
    }
}
