package vn.vanthu.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import vn.vanthu.conformance.Anchors;

/**
 * The form fields the văn thư fills after the signer has signed: the number over the blank of ô 3 and the
 * day over the blank of ô 4, each with an appearance stream in embedded Liberation Serif (PDF/A-2b: no
 * NeedAppearances), plus the empty signature field of the agency (ô 8), so that issuing only fills fields
 * and signs, the changes a certification signature with DocMDP level 2 permits.
 */
final class FormFields {

    static final String NUMBER = "vanthu-so";
    static final String DAY = "vanthu-ngay";
    static final String SEAL = "vanthu-con-dau";
    static final String SIGNER = "vanthu-chu-ky";

    private static final COSName REGULAR = COSName.getPDFName("LSR");
    private static final COSName ITALIC = COSName.getPDFName("LSI");
    private static final int PRINT = 4;

    private FormFields() {
    }

    /** Adds the number, day, signer and seal fields; the page content is untouched. */
    static byte[] prepare(byte[] pdf, Anchors anchors, Placement.Rect signer, Placement.Rect seal) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            PDType0Font regular = DigitFont.embed(doc, "LiberationSerif-Regular.ttf");
            dr.put(REGULAR, regular);
            dr.put(ITALIC, DigitFont.embed(doc, "LiberationSerif-Italic.ttf"));
            // PDFBox adds Helvetica and ZapfDingbats, without their programs (PDF/A wants them embedded), under
            // these two names to a form lacking them whenever DSS looks a field up, and warns of a fallback font
            // at every signature; the names stand for the embedded font, which a new field would then use
            dr.put(COSName.HELV, regular);
            dr.put(COSName.ZA_DB, regular);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/LSR 13 Tf 0 g");
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            Placement.Rect number = Placement.Rect.of(anchors.number(), anchors.pageHeight());
            Placement.Rect day = Placement.Rect.of(anchors.day(), anchors.pageHeight());
            text(doc, form, NUMBER, number, REGULAR, anchors.number().size(), 2);
            text(doc, form, DAY, day, ITALIC, anchors.day().size(), 1);
            signatureField(doc, form, SIGNER, signer);
            signatureField(doc, form, SEAL, seal);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a text field, or null when the document has no such field or it is empty. */
    static String value(PDDocument doc, String name) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        PDField field = form == null ? null : form.getField(name);
        return field == null ? null : field.getCOSObject().getString(COSName.V);
    }

    private static void text(PDDocument doc, PDAcroForm form, String name, Placement.Rect rect, COSName font,
            float size, int quadding) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setDefaultAppearance("/" + font.getName() + " " + fmt(size) + " Tf 0 g");
        field.setQ(quadding);
        field.setReadOnly(false);
        widget(doc, form, field.getWidgets().get(0), rect);
        form.getFields().add(field);
    }

    private static void signatureField(PDDocument doc, PDAcroForm form, String name, Placement.Rect rect)
            throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        widget(doc, form, field.getWidgets().get(0), rect);
        form.getFields().add(field);
    }

    private static void widget(PDDocument doc, PDAcroForm form, PDAnnotationWidget widget, Placement.Rect rect)
            throws IOException {
        PDPage page = doc.getPage(rect.page() - 1);
        widget.setRectangle(rect.pdf());
        widget.setPage(page);
        widget.getCOSObject().setInt(COSName.F, PRINT);
        PDAppearanceStream empty = new PDAppearanceStream(doc);
        empty.setBBox(new PDRectangle(rect.pdf().getWidth(), rect.pdf().getHeight()));
        empty.setResources(new PDResources());
        // DSS rewrites a signature field's appearance with /FormType 1; a key it adds would count as an
        // undefined change after the signer's signature
        empty.getCOSObject().setInt(COSName.FORMTYPE, 1);
        try (OutputStream os = empty.getCOSObject().createOutputStream()) {
            os.write("/Tx BMC\nEMC\n".getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(empty);
        widget.setAppearance(ap);
        page.getAnnotations().add(widget);
    }

    static String fmt(float v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

}
