package vn.vanthu.conformance;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Reads a page's form widgets: the number and day an electronic issue writes into text fields, and the
 * signature fields with the colour of the image each shows (blue signature, red seal).
 */
final class WidgetReader {

    private WidgetReader() {
    }

    static List<Widget> read(int number, PDPage page, Map<COSObjectKey, Long> objects) throws IOException {
        List<Widget> widgets = new ArrayList<>();
        PDRectangle crop = page.getCropBox();
        for (PDAnnotation a : page.getAnnotations()) {
            if (!(a instanceof PDAnnotationWidget w) || w.getRectangle() == null) {
                continue;
            }
            COSDictionary field = w.getCOSObject();
            String type = inherited(field, COSName.FT);
            String name = name(field);
            COSBase value = field.getItem(COSName.V);
            if (value == null && field.getCOSDictionary(COSName.PARENT) != null) {
                value = field.getCOSDictionary(COSName.PARENT).getItem(COSName.V);
            }
            boolean filled = "Sig".equals(type) ? signed(value, objects) : filled(value);
            PDRectangle r = w.getRectangle();
            PDAppearanceStream ap = w.getNormalAppearanceStream();
            widgets.add(new Widget(number, type, name, filled, r.getLowerLeftX() - crop.getLowerLeftX(),
                    crop.getUpperRightY() - r.getUpperRightY(), r.getUpperRightX() - crop.getLowerLeftX(),
                    crop.getUpperRightY() - r.getLowerLeftY(), ap == null ? null : ink(ap.getResources(), 0)));
        }
        return widgets;
    }

    /**
     * Whether a field's value says something: a text of more than blanks, a name, or a signature dictionary.
     * (Not {@code toString()}: PDFBox writes a string as "COSString{…}", never blank, and a signature's whole
     * /Contents in hex.)
     */
    static boolean filled(COSBase value) {
        if (value instanceof COSObject ref) {
            return filled(ref.getObject());
        }
        if (value instanceof COSString text) {
            return !text.getString().isBlank();
        }
        if (value instanceof COSName name) {
            return !name.getName().isBlank();
        }
        return value != null && !(value instanceof COSNull);
    }

    /**
     * Whether a signature field holds a signature. Its value is a reference to the signature dictionary, whose
     * /Contents is some 40 KB of hex: the reference to an object the file has answers without parsing it
     * (a check of a signed PDF took 2.8 ms of CPU with the parse, 2.6 without).
     */
    static boolean signed(COSBase value, Map<COSObjectKey, Long> objects) {
        if (value instanceof COSObject ref && !ref.isDereferenced()) {
            return objects.containsKey(new COSObjectKey(ref.getObjectNumber(), ref.getGenerationNumber()));
        }
        return filled(value);
    }

    /** The field's name, on the widget itself or on its parent field. */
    static String name(COSDictionary widget) {
        if (widget.getString(COSName.T) != null) {
            return widget.getString(COSName.T);
        }
        COSDictionary parent = widget.getCOSDictionary(COSName.PARENT);
        return parent == null ? null : parent.getString(COSName.T);
    }

    private static String inherited(COSDictionary d, COSName key) {
        for (COSDictionary at = d; at != null; at = at.getCOSDictionary(COSName.PARENT)) {
            if (at.getNameAsString(key) != null) {
                return at.getNameAsString(key);
            }
        }
        return null;
    }

    /** The mean colour of the opaque pixels of the first image found in the appearance (forms searched too). */
    private static Color ink(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return null;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                return Inks.of(image).orElse(null);
            }
            if (x instanceof PDFormXObject form) {
                Color inner = ink(form.getResources(), depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
