package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Seal and signature images reach DSS as palette PNGs PDFBox embeds as they are, pixel for pixel. */
class PaletteImageTests {

    private final DemoPki pki = SigningFixture.pki();

    @Test
    void theDemoSealAndSignatureKeepEveryPixel() throws Exception {
        for (byte[] png : new byte[][] {pki.sealImage("ubnd"), pki.signatureImage("pct.ubnd")}) {
            byte[] palette = PaletteImage.of(png);
            assertThat(palette).isNotEqualTo(png);
            assertThat(ImageIO.read(new ByteArrayInputStream(palette)).getColorModel())
                    .isInstanceOf(java.awt.image.IndexColorModel.class);
            assertSamePixels(png, palette);
        }
    }

    @Test
    void pdfboxEmbedsThePaletteImageWithoutReEncodingIt() throws Exception {
        byte[] palette = PaletteImage.of(pki.sealImage("ubnd"));
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, palette, "seal.png");
            assertThat(image.getColorSpace()).isInstanceOf(PDIndexed.class);
            assertThat(image.getCOSObject().getItem(COSName.SMASK)).as("the alpha as a soft mask").isNotNull();
            // the direct path keeps the PNG's own compressed rows: its stream is the IDAT data, no bigger than the file
            assertThat(image.getCOSObject().getLength()).isLessThan(palette.length);
            assertSamePixels(pki.sealImage("ubnd"), image.getImage());
        }
    }

    @Test
    void anImageOfManyColoursIsLeftAsItIs() throws Exception {
        BufferedImage photo = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                photo.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = Artwork.png(photo);
        assertThat(PaletteImage.of(png)).isSameAs(png);
        byte[] notAnImage = "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PaletteImage.of(notAnImage)).isSameAs(notAnImage);
    }

    @Test
    void transparentPixelsOfAnyColourBecomeOneEntry() throws Exception {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 20; x++) {
            image.setRGB(x, 0, x << 8); // 20 colours, all fully transparent
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD7, 0x19, 0x20, 128));
        g.fillRect(0, 5, 20, 5);
        g.dispose();
        byte[] palette = PaletteImage.convert(Artwork.png(image));
        assertThat(paletteEntries(palette)).isEqualTo(2);
        assertSamePixels(Artwork.png(image), palette);
    }

    /** The number of colours in the PNG's PLTE chunk (3 bytes each). */
    private static int paletteEntries(byte[] png) {
        for (int i = 8; i + 8 <= png.length; ) {
            int length = java.nio.ByteBuffer.wrap(png, i, 4).getInt();
            if (new String(png, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("PLTE")) {
                return length / 3;
            }
            i += 12 + length;
        }
        throw new AssertionError("no PLTE chunk");
    }

    private static void assertSamePixels(byte[] expectedPng, byte[] actualPng) throws Exception {
        assertSamePixels(expectedPng, ImageIO.read(new ByteArrayInputStream(actualPng)));
    }

    private static void assertSamePixels(byte[] expectedPng, BufferedImage actual) throws Exception {
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(expectedPng));
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                int got = actual.getRGB(x, y);
                if (want >>> 24 == 0) {
                    assertThat(got >>> 24).as("transparent at %d,%d", x, y).isZero();
                } else {
                    assertThat(got).as("pixel %d,%d", x, y).isEqualTo(want);
                }
            }
        }
    }
}
