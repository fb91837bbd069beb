package vn.vanthu.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.vanthu.conformance.ConformanceChecker;

/**
 * The seal drawn from a prepared picture is the seal DSS draws from the PNG: the same appearance stream, the
 * same image and soft-mask objects to the byte, the same page when drawn, and a signature that verifies.
 */
class PreparedImageDrawerTests {

    private final DemoPki pki = SigningFixture.pki();

    @Test
    void theSealIsDrawnAsDssDrawsIt() throws Exception {
        byte[] filled = signedAndFilled("05", "03");
        Date now = new Date();
        PAdESService dss = Pades.service(pki.trust());
        dss.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        long drawn = PreparedImageDrawer.DRAWN.sum();
        long pasted = PastedSignature.PASTED.sum();
        byte[] byDss = seal(filled, dss, now);
        assertThat(PreparedImageDrawer.DRAWN.sum()).as("DSS's own drawer").isEqualTo(drawn);
        assertThat(PastedSignature.PASTED.sum()).as("DSS's own paste").isEqualTo(pasted);
        byte[] byVanthu = seal(filled, Pades.service(pki.trust()), now);
        assertThat(PreparedImageDrawer.DRAWN.sum()).as("drawn once, by vanthu").isEqualTo(drawn + 1);
        // the B-T signature pasted by vanthu, then DSS's B-LT extension: requireIntact below reads both
        assertThat(PastedSignature.PASTED.sum()).as("pasted once, by vanthu").isEqualTo(pasted + 1);

        try (PDDocument a = Loader.loadPDF(byDss); PDDocument b = Loader.loadPDF(byVanthu)) {
            PDFormXObject appearanceA = sealAppearance(a);
            PDFormXObject appearanceB = sealAppearance(b);
            assertThat(content(appearanceB.getCOSObject())).isEqualTo(content(appearanceA.getCOSObject()));
            List<COSStream> imagesA = images(appearanceA);
            List<COSStream> imagesB = images(appearanceB);
            assertThat(imagesA).hasSize(1);
            assertThat(imagesB).hasSize(1);
            assertSameStream(imagesB.get(0), imagesA.get(0));
            assertSameStream(imagesB.get(0).getCOSStream(COSName.SMASK), imagesA.get(0).getCOSStream(COSName.SMASK));
            BufferedImage pageA = new PDFRenderer(a).renderImageWithDPI(0, 100);
            BufferedImage pageB = new PDFRenderer(b).renderImageWithDPI(0, 100);
            assertThat(PageLooks.samePixels(pageA, pageB)).as("page 1 drawn at 100 dpi, pixel for pixel").isTrue();
        }
        SignatureVerifier.requireIntact(byVanthu, pki.trust());
        assertThat(new ConformanceChecker().check(byVanthu, "sealed with a prepared picture").passed()).isTrue();
        assertThat(new ConformanceChecker().check(byDss, "sealed by DSS's drawer").passed()).isTrue();
    }

    @Test
    void twoThreadsSealWithTheSamePictureAtOnce() throws Exception {
        byte[] filled = signedAndFilled("07", "04");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> sealed = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sealed.add(pool.submit(() -> seal(filled, Pades.service(pki.trust()), new Date())));
            }
            for (Future<byte[]> one : sealed) {
                byte[] pdf = one.get();
                SignatureVerifier.requireIntact(pdf, pki.trust());
                assertThat(new ConformanceChecker().check(pdf, "sealed on two threads").passed()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPictureIsPreparedOnceAndGivesFreshObjectsEachTime() throws Exception {
        byte[] png = PaletteImage.of(pki.sealImage("ubnd"));
        assertThat(PreparedImages.of(png)).isSameAs(PreparedImages.of(png.clone()));
        try (PDDocument doc = new PDDocument()) {
            PreparedImages.Prepared seal = PreparedImages.of(png);
            assertThat(seal.in(doc).getCOSObject()).isNotSameAs(seal.in(doc).getCOSObject());
            assertThat(seal.colorSpaceName()).isEqualTo("Indexed");
        }
    }

    @Test
    void aPictureOfManyColoursIsCopiedAsPdfboxConvertsIt() throws Exception {
        BufferedImage scan = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        java.util.Random random = new java.util.Random(11);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                scan.setRGB(x, y, random.nextInt()); // thousands of colours and alphas: no palette
            }
        }
        byte[] png = Artwork.png(scan);
        try (PDDocument doc = new PDDocument()) {
            COSStream converted = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
                    .createFromByteArray(doc, png, "scan.png").getCOSObject();
            COSStream copied = PreparedImages.of(png).in(doc).getCOSObject();
            assertThat(copied).isNotSameAs(converted);
            assertSameStream(copied, converted);
            assertSameStream(copied.getCOSStream(COSName.SMASK), converted.getCOSStream(COSName.SMASK));
        }
    }

    /** The Phó Giám đốc's signed Công văn (checked against Decree 30), its number and day filled in. */
    private static byte[] signedAndFilled(String number, String day) {
        byte[] signed = SigningFixture.signing().signAsSigner(SigningFixture.forSignature(), "pgd.sldtbxh",
                SigningFixture.PIN);
        assertThat(new ConformanceChecker().check(signed, "signed by the Phó Giám đốc").passed()).isTrue();
        return FieldFill.fill(signed, number, day);
    }

    private byte[] seal(byte[] filled, PAdESService service, Date when) throws Exception {
        try (Signer.Key key = pki.agency("sldtbxh").unlock(SigningFixture.PIN)) {
            return Pades.sign(new Pades.Request(filled, FormFields.SEAL, null, pki.sealImage("sldtbxh"), null, false,
                    "Phát hành văn bản số 05", "Đắk Lắk", when), key, service);
        }
    }

    private static PDFormXObject sealAppearance(PDDocument doc) {
        PDField field = doc.getDocumentCatalog().getAcroForm().getField(FormFields.SEAL);
        return field.getWidgets().get(0).getAppearance().getNormalAppearance().getAppearanceStream();
    }

    private static List<COSStream> images(PDFormXObject form) throws Exception {
        List<COSStream> images = new ArrayList<>();
        for (COSName name : form.getResources().getXObjectNames()) {
            PDXObject x = form.getResources().getXObject(name);
            if (COSName.IMAGE.equals(x.getCOSObject().getCOSName(COSName.SUBTYPE))) {
                images.add(x.getCOSObject());
            }
        }
        return images;
    }

    /** The same dictionary entries (indirect ones followed) and the same encoded bytes. */
    private static void assertSameStream(COSStream actual, COSStream expected) throws Exception {
        assertThat(actual).isNotNull();
        assertThat(expected).isNotNull();
        assertThat(entries(actual)).isEqualTo(entries(expected));
        assertThat(raw(actual)).isEqualTo(raw(expected));
    }

    private static String entries(COSDictionary dictionary) throws Exception {
        StringBuilder out = new StringBuilder();
        for (COSName name : dictionary.keySet()) {
            if (name.equals(COSName.SMASK)) {
                continue; // compared on its own
            }
            COSBase value = dictionary.getDictionaryObject(name);
            out.append(name.getName()).append('=');
            if (value instanceof org.apache.pdfbox.cos.COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase item = array.getObject(i);
                    out.append(item instanceof COSStream s ? entries(s) + java.util.Arrays.toString(raw(s))
                            : item.toString()).append(',');
                }
            } else {
                out.append(value);
            }
            out.append(';');
        }
        return out.toString();
    }

    private static byte[] raw(COSStream stream) throws Exception {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] content(COSStream stream) throws Exception {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }
}
