package vn.vanthu.signing;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxUtils;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawerFactory;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.NativePdfBoxVisibleSignatureDrawer;
import eu.europa.esig.dss.pdf.visible.ImageRotationUtils;
import eu.europa.esig.dss.pdf.visible.ImageUtils;
import eu.europa.esig.dss.pdf.visible.SignatureFieldDimensionAndPosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.util.Matrix;

/**
 * DSS's native PDFBox appearance of a signature, with the picture taken from {@link PreparedImages} instead of
 * converted again from its PNG. Only a field that is a picture alone, unrotated and without background is
 * drawn here, in DSS 6.4's own steps; any other field is DSS's to draw.
 */
final class PreparedImageDrawer extends NativePdfBoxVisibleSignatureDrawer {

    /** Appearances drawn here rather than by DSS: tests read it to know the prepared path was taken. */
    static final LongAdder DRAWN = new LongAdder();

    @Override
    public void draw() throws IOException {
        DSSDocument image = parameters.getImage();
        if (image == null || !parameters.getTextParameters().isEmpty() || parameters.getBackgroundColor() != null) {
            super.draw();
            return;
        }
        SignatureFieldDimensionAndPosition box = buildSignatureFieldBox();
        if (box.getGlobalRotation() != ImageRotationUtils.ANGLE_0
                && box.getGlobalRotation() != ImageRotationUtils.ANGLE_360) {
            super.draw();
            return;
        }
        PDPage original = document.getPage(parameters.getFieldParameters().getPage() - ImageUtils.DEFAULT_FIRST_PAGE);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(original.getMediaBox()));
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            PDRectangle rectangle = rectangle(box.getAnnotationBox());
            widget.setRectangle(rectangle);
            PDAppearanceDictionary appearance = PdfBoxUtils.createSignatureAppearanceDictionary(doc, rectangle);
            widget.setAppearance(appearance);
            try (PDPageContentStream cs = new PDPageContentStream(doc,
                    appearance.getNormalAppearance().getAppearanceStream())) {
                cs.saveGraphicsState();
                float width = box.getImageWidth();
                float height = box.getImageHeight();
                cs.drawImage(prepared(image).in(doc), box.getImageX(), box.getImageY(), width, height);
                // DSS writes this transform after the picture too: kept, so the appearance stream is DSS's
                cs.transform(Matrix.getRotateInstance(360d - ImageRotationUtils.getRotation(
                        parameters.getFieldParameters().getRotation()), width, height));
                cs.restoreGraphicsState();
            }
            doc.save(out);
            signatureOptions.setVisualSignature(new ByteArrayInputStream(out.toByteArray()));
        }
        DRAWN.increment();
    }

    @Override
    protected String getExpectedColorSpaceName() throws IOException {
        DSSDocument image = parameters.getImage();
        return image == null ? super.getExpectedColorSpaceName() : prepared(image).colorSpaceName();
    }

    private static PreparedImages.Prepared prepared(DSSDocument image) throws IOException {
        try (InputStream in = image.openStream()) {
            return PreparedImages.of(in.readAllBytes());
        }
    }

    private static PDRectangle rectangle(AnnotationBox box) {
        PDRectangle rectangle = new PDRectangle();
        rectangle.setLowerLeftX(box.getMinX());
        rectangle.setLowerLeftY(box.getMinY());
        rectangle.setUpperRightX(box.getMaxX());
        rectangle.setUpperRightY(box.getMaxY());
        return rectangle;
    }

    /** DSS's native PDFBox objects, signing with this drawer; timestamps and validation are DSS's own. */
    static final class PdfObjects extends PdfBoxNativeObjectFactory {

        @Override
        public PDFSignatureService newPAdESSignatureService() {
            return configure(new PastedSignature(new Drawers()));
        }
    }

    private static final class Drawers implements PdfBoxSignatureDrawerFactory {
        @Override
        public PdfBoxSignatureDrawer getSignatureDrawer(SignatureImageParameters parameters) {
            return new PreparedImageDrawer();
        }
    }
}
