package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * The seal's and the signature's colour is remembered by what the picture is made of: the same picture in
 * another document (other object numbers) shares it; a picture that differs in a pixel the colour does not
 * even sample, in its soft mask alone, or in its palette alone does not.
 */
class InksTests {

    private static final Color SEAL_RED = new Color(220, 20, 30);
    private static final Color INK_BLUE = new Color(20, 40, 200);

    @Test
    void theColourIsTheMeanOfTheOpaquePixelsAsBefore() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertThat(Inks.of(picture(doc, SEAL_RED, 200, -1))).contains(SEAL_RED);
            assertThat(Inks.of(picture(doc, INK_BLUE, 200, -1))).contains(INK_BLUE);
            // asked again: the remembered colour, the same
            assertThat(Inks.of(picture(doc, SEAL_RED, 200, -1))).contains(SEAL_RED);
            assertThat(Inks.of(picture(doc, SEAL_RED, 0, -1))).isEmpty();
        }
    }

    @Test
    void theSamePictureInAnotherDocumentHasTheSameKey() throws IOException {
        try (PDDocument one = new PDDocument(); PDDocument other = new PDDocument()) {
            PDImageXObject first = picture(one, SEAL_RED, 200, -1);
            picture(other, INK_BLUE, 200, -1);
            PDImageXObject second = picture(other, SEAL_RED, 200, -1);
            assertThat(PictureKey.of(second.getCOSObject())).isEqualTo(PictureKey.of(first.getCOSObject()));
        }
    }

    @Test
    void anyDifferenceInWhatDecidesThePixelsMakesAnotherKey() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            String seal = PictureKey.of(picture(doc, SEAL_RED, 200, -1).getCOSObject());
            // pixel (1, 1) lies between the samples the colour is taken from, and still counts
            assertThat(PictureKey.of(picture(doc, SEAL_RED, 200, 1).getCOSObject())).isNotEqualTo(seal);
            assertThat(PictureKey.of(picture(doc, SEAL_RED, 201, -1).getCOSObject())).as("soft mask only").isNotEqualTo(seal);
            PDImageXObject red = indexed(doc, new byte[] { (byte) 220, 20, 30 });
            PDImageXObject blue = indexed(doc, new byte[] { 20, 40, (byte) 200 });
            assertThat(PictureKey.of(red.getCOSObject())).as("palette only").isNotEqualTo(PictureKey.of(blue.getCOSObject()));
            assertThat(Inks.of(red)).contains(SEAL_RED);
            assertThat(Inks.of(blue)).contains(INK_BLUE);
        }
    }

    @Test
    void objectsMetAgainAreReadOnceAndALoopEnds() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = indexed(doc, new byte[] { (byte) 220, 20, 30 });
            String plain = PictureKey.of(image.getCOSObject());
            COSArray loop = new COSArray();
            loop.add(loop);
            image.getCOSObject().setItem(COSName.getPDFName("Loop"), loop);
            String looped = PictureKey.of(image.getCOSObject());
            assertThat(looped).isNotNull().isNotEqualTo(plain);
            assertThat(Inks.of(image)).contains(SEAL_RED);
            // a thousand references to one stream: read once, a key like any other
            COSArray many = new COSArray();
            for (int i = 0; i < 1_000; i++) {
                many.add(image.getCOSObject().getCOSArray(COSName.COLORSPACE));
            }
            image.getCOSObject().setItem(COSName.getPDFName("Many"), many);
            assertThat(PictureKey.of(image.getCOSObject())).isNotNull();
        }
    }

    @Test
    void aPictureNestedDeeperThanAnyRealOneIsDecodedAndNeverRemembered() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = indexed(doc, new byte[] { 20, 40, (byte) 200 });
            COSArray deep = new COSArray();
            image.getCOSObject().setItem(COSName.getPDFName("Deep"), deep);
            for (int i = 0; i < 20; i++) {
                COSArray inner = new COSArray();
                deep.add(inner);
                deep = inner;
            }
            assertThat(PictureKey.of(image.getCOSObject())).isNull();
            assertThat(Inks.of(image)).contains(INK_BLUE);
        }
    }

    /** A 16 × 16 square of one colour on a transparent ground; {@code odd} ≥ 0 tints that one pixel. */
    private static PDImageXObject picture(PDDocument doc, Color colour, int alpha, int odd) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        int argb = (alpha << 24) | (colour.getRGB() & 0xFFFFFF);
        for (int y = 4; y < 12; y++) {
            for (int x = 4; x < 12; x++) {
                image.setRGB(x, y, argb);
            }
        }
        if (odd >= 0) {
            image.setRGB(odd, odd, 0xFF000000);
        }
        return LosslessFactory.createFromImage(doc, image);
    }

    /** An 8 × 8 picture of palette entry 0, the palette a string of bytes (as scanners write them). */
    private static PDImageXObject indexed(PDDocument doc, byte[] rgb) throws IOException {
        PDStream data = new PDStream(doc, new java.io.ByteArrayInputStream(new byte[64]));
        COSStream stream = data.getCOSObject();
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setInt(COSName.WIDTH, 8);
        stream.setInt(COSName.HEIGHT, 8);
        stream.setInt(COSName.BITS_PER_COMPONENT, 8);
        COSArray space = new COSArray();
        space.add(COSName.INDEXED);
        space.add(COSName.DEVICERGB);
        space.add(COSInteger.ZERO);
        space.add(new COSString(rgb));
        stream.setItem(COSName.COLORSPACE, space);
        return new PDImageXObject(data, null);
    }
}
