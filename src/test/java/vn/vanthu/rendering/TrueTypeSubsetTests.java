package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFSubSetFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** vanthu's font subsets are byte for byte FOP's, for every bundled face and many sets of glyphs. */
class TrueTypeSubsetTests {

    @ParameterizedTest
    @ValueSource(strings = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf"})
    void eachSubsetIsTheOneFopMakesFromTheWholeFile(String face) throws IOException {
        byte[] file = bytes("/fonts/" + face);
        TrueTypeTables tables = TrueTypeTables.of(file);
        assertThat(tables).isNotNull();
        Random random = new Random(face.hashCode());
        List<Map<Integer, Integer>> cases = new ArrayList<>();
        cases.add(used(List.of()));
        cases.add(used(range(1, tables.size())));
        for (int size : new int[] {1, 2, 5, 40, 120, 400, 1000}) {
            for (int i = 0; i < 6; i++) {
                List<Integer> glyphs = range(1, tables.size());
                Collections.shuffle(glyphs, random);
                cases.add(used(glyphs.subList(0, size)));
            }
        }
        int composite = 0;
        for (Map<Integer, Integer> used : cases) {
            byte[] ours = TrueTypeSubset.of(tables, used);
            assertThat(ours).as("%d glyphs of %s", used.size(), face).isEqualTo(fop(file, used));
            composite += glyphCount(ours) > used.size() ? 1 : 0;
        }
        // the random sets reached composite glyphs, whose parts the subset renumbers
        assertThat(composite).isGreaterThan(cases.size() / 2);
    }

    /** A document's used glyphs as FOP's CIDSubset keeps them: glyph 0 first, then in order of first use. */
    private static Map<Integer, Integer> used(List<Integer> glyphs) {
        Map<Integer, Integer> used = new LinkedHashMap<>();
        used.put(0, 0);
        for (int glyph : glyphs) {
            used.putIfAbsent(glyph, used.size());
        }
        return used;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> glyphs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            glyphs.add(i);
        }
        return glyphs;
    }

    /** What PDFFactory.makeFontFile embeds for a TrueType CID font in subset mode. */
    private static byte[] fop(byte[] file, Map<Integer, Integer> used) throws IOException {
        FontFileReader reader = new FontFileReader(new ByteArrayInputStream(file));
        String header = OFFontLoader.readHeader(reader);
        TTFSubSetFile subset = new TTFSubSetFile();
        subset.readFont(reader, null, header, used);
        return subset.getFontSubset();
    }

    /** The number of glyphs in a subset ('maxp'): more than were asked for when composite glyphs brought parts. */
    private static int glyphCount(byte[] subset) {
        int tables = TrueTypeTables.uShort(subset, 4);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(subset, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("maxp")) {
                return TrueTypeTables.uShort(subset, (int) TrueTypeTables.uLong(subset, entry + 8) + 4);
            }
        }
        return -1;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = TrueTypeSubsetTests.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
