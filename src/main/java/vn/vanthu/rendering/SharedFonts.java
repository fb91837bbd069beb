package vn.vanthu.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * The configured fonts, each read and parsed once per engine instead of once per document (FOP's
 * LazyFont parses the whole TrueType file again for every document that uses it).
 */
final class SharedFonts {

    private final Map<Key, Parsed> parsed = new ConcurrentHashMap<>();

    /**
     * Registers the configured fonts for one document, as FOP's CustomFontCollection does, but pre-parsed;
     * every character the document's fonts map counts against its {@code meter}.
     */
    FontCollection collection(InternalResourceResolver resolver, List<EmbedFontInfo> fonts, boolean complexScripts,
            RenderMeter meter) {
        return (int first, FontInfo info) -> {
            int number = first;
            for (EmbedFontInfo font : fonts) {
                String name = "F" + number++;
                info.addMetrics(name, forDocument(font, resolver, complexScripts, meter));
                for (FontTriplet triplet : font.getFontTriplets()) {
                    info.addFontProperties(name, triplet);
                }
            }
            return number;
        };
    }

    private Typeface forDocument(EmbedFontInfo font, InternalResourceResolver resolver, boolean complexScripts,
            RenderMeter meter) {
        Key key = Key.of(font, complexScripts);
        if (key == null) {
            return new LazyFont(font, resolver, complexScripts);
        }
        Parsed shared = parsed.computeIfAbsent(key, k -> load(k, font, resolver));
        // Anything but a plain CID TrueType font (which the bundled fonts all are) keeps FOP's own path.
        return shared.font().getClass() == MultiByteFont.class
                ? FontFork.of((MultiByteFont) shared.font(), shared.glyphs(), shared.file(), shared.tables(), resolver,
                        meter)
                : new LazyFont(font, resolver, complexScripts);
    }

    private static Parsed load(Key key, EmbedFontInfo font, InternalResourceResolver resolver) {
        try (InputStream in = resolver.getResource(key.uri())) {
            CustomFont parsed = FontLoader.loadFont(font.getFontUris(), key.subFont(), key.embedded(),
                    key.embedding(), key.encoding(), key.kerning(), key.advanced(), resolver, key.simulateStyle(),
                    key.asType1(), key.svg());
            byte[] file = in.readAllBytes();
            boolean subset = parsed instanceof MultiByteFont multiByte && !multiByte.isOTFFile()
                    && multiByte.getTTCName() == null && parsed.getEmbeddingMode() != EmbeddingMode.FULL;
            return new Parsed(parsed, file, parsed instanceof MultiByteFont multiByte ? GlyphLookup.of(multiByte) : null,
                    subset ? TrueTypeTables.of(file) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + key.uri() + " unreadable", e);
        }
    }

    /**
     * A font as FOP's loader parsed it, the file it came from, its glyph lookup, and for a TrueType font
     * embedded as a subset the tables vanthu subsets it from (else FOP subsets it from the file).
     */
    private record Parsed(CustomFont font, byte[] file, GlyphLookup glyphs, TrueTypeTables tables) {
    }

    /** Everything FOP's loader takes from the configuration, as LazyFont passes it. */
    private record Key(URI uri, String subFont, boolean embedded, EmbeddingMode embedding, EncodingMode encoding,
            boolean kerning, boolean advanced, boolean simulateStyle, boolean asType1, boolean svg) {

        static Key of(EmbedFontInfo font, boolean complexScripts) {
            if (font.getMetricsURI() != null || font.getEmbedURI() == null) {
                return null; // XML font metrics (deprecated in FOP): left to LazyFont
            }
            return new Key(font.getEmbedURI(), font.getSubFontName(), font.isEmbedded(),
                    font.getEmbeddingMode() != null ? font.getEmbeddingMode() : EmbeddingMode.AUTO,
                    font.getEncodingMode() != null ? font.getEncodingMode() : EncodingMode.AUTO,
                    font.getKerning(), complexScripts, font.getSimulateStyle(), font.getEmbedAsType1(),
                    font.getUseSVG());
        }
    }
}
