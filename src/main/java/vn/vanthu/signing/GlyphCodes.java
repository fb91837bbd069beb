package vn.vanthu.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Character codes for text in an embedded subset font read back from a PDF: PDFBox cannot encode with a
 * subset it did not make in this session, so the codes come from inverting the font's ToUnicode map.
 */
final class GlyphCodes {

    private GlyphCodes() {
    }

    /** The codes of the text, as the content stream operand bytes. */
    static byte[] codes(PDFont font, String text) {
        CMap toUnicode = toUnicode(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            byte[] code = toUnicode.getCodesFromUnicode(ch);
            if (code == null) {
                throw new IllegalStateException("phông chữ của ô không có ký tự '" + ch + "'");
            }
            out.writeBytes(code);
        });
        return out.toByteArray();
    }

    static String hex(byte[] codes) {
        return HexFormat.of().withUpperCase().formatHex(codes);
    }

    /** Width in points of the codes set in the size (two-byte codes in a Type 0 font). */
    static float width(PDFont font, byte[] codes, float size) {
        int step = font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font ? 2 : 1;
        float width = 0;
        try {
            for (int i = 0; i < codes.length; i += step) {
                int code = step == 2 ? (codes[i] & 0xFF) << 8 | codes[i + 1] & 0xFF : codes[i] & 0xFF;
                width += font.getWidth(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width / 1000f * size;
    }

    private static CMap toUnicode(PDFont font) {
        COSStream stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (stream == null) {
            throw new IllegalStateException("phông chữ của ô không có bảng ToUnicode");
        }
        try (InputStream in = stream.createInputStream()) {
            return new CMapParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
