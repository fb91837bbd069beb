package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDSubset;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;

/**
 * One document's copy of a parsed font (FontFork). A TrueType subset is made from the tables read once
 * ({@link #subset()}, embedded by EmbeddedFonts), so FOP gets no file to read and subset again; any other font
 * serves FOP the bytes read when it was parsed. It finds glyphs in the shared table (GlyphLookup) instead
 * of walking the cmap, and keeps its glyph subset in a {@link GlyphSubset}. Its character mapping is the one
 * callback FOP makes inside a paragraph's layout: the render's checkpoint.
 */
final class DocumentFont extends MultiByteFont {

    private final byte[] file;
    private final TrueTypeTables tables;
    private final GlyphLookup lookup;
    private final RenderMeter meter;

    /** MultiByteFont.cidSet: final, made by FOP's constructor, read by every width and every mapped glyph. */
    private static final Field CID_SET = cidSetField();

    DocumentFont(InternalResourceResolver resolver, EmbeddingMode embedding, byte[] file, TrueTypeTables tables,
            GlyphLookup lookup, RenderMeter meter) {
        super(resolver, embedding);
        this.file = file;
        this.tables = tables;
        this.lookup = lookup;
        this.meter = meter;
        if (cidSet.getClass() == CIDSubset.class) {
            try {
                CID_SET.set(this, new GlyphSubset(this));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set FOP's glyph subset", e);
            }
        }
    }

    private static Field cidSetField() {
        try {
            Field field = MultiByteFont.class.getDeclaredField("cidSet");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("FOP's MultiByteFont has no glyph subset field any more", e);
        }
    }

    @Override
    public int findGlyphIndex(int c) {
        int glyph = lookup.glyph(c);
        // not in the parsed cmap: FOP's own walk, which also sees the private-use mappings a document adds
        return glyph != 0 ? glyph : super.findGlyphIndex(c);
    }

    @Override
    public char mapChar(char c) {
        meter.count(1);
        return super.mapChar(c);
    }

    /** The subset of this document's glyphs, or null when FOP embeds this font from its file. */
    byte[] subset() {
        return tables == null ? null : TrueTypeSubset.of(tables, getUsedGlyphs());
    }

    @Override
    public InputStream getInputStream() {
        // FOP's only reader of the file is its subsetter; with no file it makes the font objects without one
        return tables == null ? new ByteArrayInputStream(file) : null;
    }
}
