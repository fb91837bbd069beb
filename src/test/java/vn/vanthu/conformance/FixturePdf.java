package vn.vanthu.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws test PDFs with PDFBox: text at a baseline given top-down in points, thin filled rules, justified
 * paragraphs. Fonts are the repository's Liberation Serif (embedded subsets), as the renderer uses.
 */
final class FixturePdf {

    enum Style {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic"), HELVETICA(null);

        final String file;

        Style(String file) {
            this.file = file;
        }
    }

    static float mm(float mm) {
        return mm * 72f / 25.4f;
    }

    private final PDDocument doc = new PDDocument();
    private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream cs;
    private float height;

    FixturePdf page(PDRectangle size) {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        height = size.getHeight();
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        streams.add(cs);
        return this;
    }

    float width(String text, Style style, float size) {
        try {
            return font(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FixturePdf text(String text, Style style, float size, float x, float baseline) {
        try {
            cs.beginText();
            cs.setFont(font(style), size);
            cs.newLineAtOffset(x, height - baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixturePdf centred(String text, Style style, float size, float centre, float baseline) {
        return text(text, style, size, centre - width(text, style, size) / 2, baseline);
    }

    /** A 0.5 pt filled bar, the way FOP draws borders and leaders. */
    FixturePdf rule(float x1, float x2, float y) {
        try {
            cs.addRect(x1, height - y - 0.25f, x2 - x1, 0.5f);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Sets a justified paragraph between {@code left} and {@code right} with a first-line indent and returns the
     * baseline of its last line; words are placed one by one so every non-last line ends at {@code right}.
     */
    float paragraph(String text, Style style, float size, float left, float right, float indent, float baseline,
            float pitch) {
        String[] words = text.split(" ");
        float space = width(" ", style, size);
        float y = baseline;
        int i = 0;
        boolean first = true;
        while (i < words.length) {
            float x0 = left + (first ? indent : 0);
            List<String> line = new ArrayList<>();
            float used = 0;
            while (i < words.length && (line.isEmpty()
                    || x0 + used + space + width(words[i], style, size) <= right)) {
                used += (line.isEmpty() ? 0 : space) + width(words[i], style, size);
                line.add(words[i++]);
            }
            boolean last = i == words.length;
            float gap = last || line.size() == 1 ? space : space + (right - x0 - used) / (line.size() - 1);
            float x = x0;
            for (String w : line) {
                text(w, style, size, x, y);
                x += width(w, style, size) + gap;
            }
            if (!last) {
                y += pitch;
            }
            first = false;
        }
        return y;
    }

    byte[] bytes() {
        try (doc) {
            for (PDPageContentStream s : streams) {
                s.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont font(Style style) throws IOException {
        PDFont font = fonts.get(style);
        if (font == null) {
            if (style == Style.HELVETICA) {
                font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            } else {
                try (InputStream in = FixturePdf.class.getResourceAsStream("/fonts/LiberationSerif-" + style.file + ".ttf")) {
                    font = PDType0Font.load(doc, in);
                }
            }
            fonts.put(style, font);
        }
        return font;
    }
}
