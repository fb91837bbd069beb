package vn.vanthu.rendering;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFont;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * Makes a per-document copy of a parsed TrueType font: the tables read from the file (widths, boxes,
 * cmap, kerning) are shared, the state FOP fills while laying out one document (glyph subset, used
 * glyph names, private-use mappings, warnings) starts fresh.
 *
 * <p>FOP has no copy API and keeps both kinds of state in the same object, so the copy goes field by
 * field. Every instance field of the class chain is classified below; a FOP upgrade that adds one
 * stops the engine at start-up until someone decides which kind it is.
 */
final class FontFork {

    private static final List<Class<?>> CHAIN =
            List.of(MultiByteFont.class, CIDFont.class, CustomFont.class, Typeface.class);

    /** Read-only once the font is parsed: shared by every document (primitives are copied by value). */
    private static final Set<String> SHARED = Set.of(
            "CustomFont.fontFileURI", "CustomFont.fontName", "CustomFont.fullName", "CustomFont.familyNames",
            "CustomFont.fontSubName", "CustomFont.embedFileURI", "CustomFont.embedResourceName",
            "CustomFont.capHeight", "CustomFont.xHeight", "CustomFont.ascender", "CustomFont.descender",
            "CustomFont.fontBBox", "CustomFont.flags", "CustomFont.weight", "CustomFont.stemV",
            "CustomFont.italicAngle", "CustomFont.missingWidth", "CustomFont.fontType", "CustomFont.firstChar",
            "CustomFont.lastChar", "CustomFont.underlinePosition", "CustomFont.underlineThickness",
            "CustomFont.strikeoutPosition", "CustomFont.strikeoutThickness", "CustomFont.kerning",
            "CustomFont.useKerning", "CustomFont.svgs", "CustomFont.useAdvanced", "CustomFont.simulateStyle",
            "CustomFont.additionalEncodings", "CustomFont.unencodedCharacters",
            "CIDFont.width",
            "MultiByteFont.ttcName", "MultiByteFont.encoding", "MultiByteFont.defaultWidth",
            "MultiByteFont.cidType", "MultiByteFont.gdef", "MultiByteFont.gsub", "MultiByteFont.gpos",
            "MultiByteFont.boundingBoxes", "MultiByteFont.isOTFFile",
            // counters of private-use mappings: copied by value, then each document moves its own
            "MultiByteFont.numMapped", "MultiByteFont.numUnmapped", "MultiByteFont.nextPrivateUse",
            "MultiByteFont.firstPrivate", "MultiByteFont.lastPrivate", "MultiByteFont.firstUnmapped",
            "MultiByteFont.lastUnmapped");

    /** Set by the constructor or by FontInfo for each document; never copied from the parsed font. */
    private static final Set<String> PER_DOCUMENT = Set.of(
            "Typeface.charMapOps", "Typeface.eventListener", "Typeface.warnedChars",
            "CustomFont.resourceResolver", "CustomFont.embeddingMode",
            "MultiByteFont.cidSet", "MultiByteFont.mostLikelyGlyphs", "MultiByteFont.usedGlyphNames");

    /** Private-use mappings append to the cmap, so each document gets its own list of the shared segments. */
    private static final String CMAP = "CustomFont.cmap";

    private static final List<Field> COPIED = copiedFields();

    private FontFork() {
    }

    /**
     * A fresh font for one document, sharing the parsed tables of {@code parsed}, its glyph lookup and its
     * file's bytes; each character it maps (FOP maps every character it measures or paints) counts against
     * {@code meter}.
     */
    static MultiByteFont of(MultiByteFont parsed, GlyphLookup lookup, byte[] file, TrueTypeTables tables,
            InternalResourceResolver resolver, RenderMeter meter) {
        if (parsed.getClass() != MultiByteFont.class) {
            throw new IllegalArgumentException("only plain TrueType CID fonts are shared: " + parsed.getClass());
        }
        MultiByteFont fork = new DocumentFont(resolver, parsed.getEmbeddingMode(), file, tables, lookup, meter);
        try {
            for (Field field : COPIED) {
                field.set(fork, field.get(parsed));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy FOP's font fields", e);
        }
        fork.setCMap(parsed.getCMap());
        return fork;
    }

    /** Instance fields of the font class chain that no list above classifies (empty unless FOP changed). */
    static Set<String> unclassifiedFields() {
        Set<String> unknown = new TreeSet<>();
        for (Field field : instanceFields()) {
            String name = name(field);
            if (!SHARED.contains(name) && !PER_DOCUMENT.contains(name) && !CMAP.equals(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static List<Field> copiedFields() {
        Set<String> unknown = unclassifiedFields();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("FOP's font classes have fields vanthu does not know whether to share"
                    + " between documents: " + unknown);
        }
        List<Field> copied = new ArrayList<>();
        for (Field field : instanceFields()) {
            if (SHARED.contains(name(field))) {
                field.setAccessible(true);
                copied.add(field);
            }
        }
        return List.copyOf(copied);
    }

    private static List<Field> instanceFields() {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type : CHAIN) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
