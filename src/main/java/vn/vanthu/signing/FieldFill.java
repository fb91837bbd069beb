package vn.vanthu.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The văn thư's part of the form: the number and the day written into the fields FormFields prepared, each
 * with an appearance stream in the field's font and size, saved as an incremental update.
 */
final class FieldFill {

    private FieldFill() {
    }

    /** Writes the number and the day into their fields, as an incremental update that keeps every signature. */
    static byte[] fill(byte[] pdf, String number, String day) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            Set<COSDictionary> changed = new HashSet<>();
            write(doc, form, FormFields.NUMBER, number, changed);
            write(doc, form, FormFields.DAY, day, changed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out, changed);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument doc, PDAcroForm form, String name, String value, Set<COSDictionary> changed)
            throws IOException {
        PDField field = form.getField(name);
        if (field == null) {
            throw new IllegalStateException("văn bản không có ô " + name + " để điền (chưa qua bước chuẩn bị ký số)");
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        String[] da = field.getCOSObject().getString(COSName.DA).split(" ");
        COSName fontName = COSName.getPDFName(da[0].substring(1));
        float size = Float.parseFloat(da[1]);
        PDFont font = form.getDefaultResources().getFont(fontName);
        PDRectangle r = widget.getRectangle();
        byte[] codes = GlyphCodes.codes(font, value);
        float width = GlyphCodes.width(font, codes, size);
        int q = field.getCOSObject().getInt(COSName.Q, 0);
        float x = q == 2 ? r.getWidth() - width : q == 1 ? (r.getWidth() - width) / 2 : 0;
        float baseline = 0.3f * size;
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(r.getWidth(), r.getHeight()));
        PDResources resources = new PDResources();
        resources.put(fontName, font);
        ap.setResources(resources);
        ap.getCOSObject().setInt(COSName.FORMTYPE, 1);
        String content = "/Tx BMC\nq\nBT\n/" + fontName.getName() + " " + FormFields.fmt(size) + " Tf\n0 g\n" + FormFields.fmt(x) + " "
                + FormFields.fmt(baseline) + " Td\n<" + GlyphCodes.hex(codes) + "> Tj\nET\nQ\nEMC\n";
        try (OutputStream os = ap.getCOSObject().createOutputStream()) {
            os.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        field.getCOSObject().setString(COSName.V, value);
        widget.getAppearance().setNormalAppearance(ap);
        changed.add(field.getCOSObject());
        changed.add(widget.getCOSObject());
        changed.add(widget.getAppearance().getCOSObject());
    }

}
