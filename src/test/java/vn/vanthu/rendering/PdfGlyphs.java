package vn.vanthu.rendering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back glyph by glyph (what, where, in which font) and font by font (which glyphs it embeds). */
record PdfGlyphs(List<Glyph> glyphs, Map<String, Subset> fonts) {

    /** One glyph as drawn: its text, page, baseline position and size in points, and its font without subset tag. */
    record Glyph(int page, String text, float x, float y, float width, float size, String font, int code) {
    }

    /**
     * An embedded font: the codes its /W array gives widths for, each with its text from /ToUnicode,
     * and the number of glyphs its font program holds.
     */
    record Subset(Map<Integer, String> codes, int glyphsInProgram) {
    }

    static PdfGlyphs read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getX(), t.getY(),
                            t.getWidth(), t.getFontSizeInPt(), untagged(t.getFont().getName()), t.getCharacterCodes()[0]));
                }
            };
            stripper.getText(doc);
            Map<String, Subset> fonts = new TreeMap<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        Map<Integer, String> codes = new TreeMap<>();
                        for (int code : widthCodes(cid)) {
                            codes.put(code, String.valueOf(type0.toUnicode(code)));
                        }
                        fonts.put(untagged(font.getName()), new Subset(codes, glyphCount(cid)));
                    }
                }
            }
            return new PdfGlyphs(glyphs, fonts);
        }
    }

    /** The character codes each font draws on the pages. */
    Map<String, TreeSet<Integer>> codesDrawn() {
        Map<String, TreeSet<Integer>> drawn = new TreeMap<>();
        for (Glyph g : glyphs) {
            drawn.computeIfAbsent(g.font(), f -> new TreeSet<>()).add(g.code());
        }
        return drawn;
    }

    /**
     * Pairs of glyphs on one baseline whose advances overlap by more than a fifth of the size: text set
     * over text. (Kerning pairs such as "11", "T." or "Vo" overlap by up to about an eighth.)
     */
    List<String> overlaps() {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(java.util.Comparator.comparingInt(Glyph::page).thenComparing(g -> Math.round(g.y() * 2))
                .thenComparing(Glyph::x));
        List<String> found = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Glyph a = sorted.get(i - 1);
            Glyph b = sorted.get(i);
            boolean sameLine = a.page() == b.page() && Math.round(a.y() * 2) == Math.round(b.y() * 2);
            if (sameLine && !a.text().isBlank() && !b.text().isBlank() && b.x() < a.x() + a.width() - 0.2f * a.size()) {
                found.add("page %d: '%s' at %.1f overlaps '%s' at %.1f".formatted(a.page(), a.text(), a.x(), b.text(),
                        b.x()));
            }
        }
        return found;
    }

    private static String untagged(String name) {
        return name.replaceFirst("^[A-Z]{6}\\+", "");
    }

    // /W is [c [w1 w2 …]] or [cFirst cLast w]; both forms list exactly the codes the subset has widths for
    private static TreeSet<Integer> widthCodes(PDCIDFontType2 cid) {
        TreeSet<Integer> codes = new TreeSet<>();
        COSArray w = cid.getCOSObject().getCOSArray(COSName.W);
        for (int i = 0; w != null && i < w.size(); ) {
            int first = ((COSNumber) w.getObject(i)).intValue();
            COSBase next = w.getObject(i + 1);
            if (next instanceof COSArray widths) {
                for (int k = 0; k < widths.size(); k++) {
                    codes.add(first + k);
                }
                i += 2;
            } else {
                int last = ((COSNumber) next).intValue();
                for (int c = first; c <= last; c++) {
                    codes.add(c);
                }
                i += 3;
            }
        }
        return codes;
    }

    private static int glyphCount(PDCIDFontType2 cid) throws IOException {
        return cid.getTrueTypeFont().getNumberOfGlyphs();
    }
}
