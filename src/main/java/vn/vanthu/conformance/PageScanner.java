package vn.vanthu.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content: collects every shown glyph and every horizontal rule (stroked segments and
 * thin filled rectangles), in top-down coordinates relative to the crop box. Not thread-safe; one per page.
 */
final class PageScanner extends RuleScanner {

    private final Map<PDFont, Face> faces;
    private final List<Glyph> glyphs = new ArrayList<>();

    PageScanner(PDPage page, Map<PDFont, Face> faces) {
        super(page);
        this.faces = faces;
    }

    static PageScanner scan(PDPage page, Map<PDFont, Face> faces) throws IOException {
        return scan(page, faces, List.of());
    }

    /**
     * Scans the page, then the appearances of filled text fields and signed signature fields as if printed
     * (a flattened copy); the blanks a filled field covers are dropped, so "Số:" + blank + field "05" + "/…"
     * reads as "Số: 05/…".
     */
    static PageScanner scan(PDPage page, Map<PDFont, Face> faces, List<Widget> widgets) throws IOException {
        PageScanner scanner = new PageScanner(page, faces);
        scanner.processPage(page);
        List<Widget> filledText = widgets.stream().filter(w -> w.text() && w.filled()).toList();
        scanner.glyphs.removeIf(g -> g.blank() && filledText.stream().anyMatch(w -> w.covers(g)));
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationWidget w && shown(w, widgets)) {
                scanner.showAnnotation(w);
            }
        }
        return scanner;
    }

    private static boolean shown(PDAnnotationWidget w, List<Widget> widgets) {
        String name = WidgetReader.name(w.getCOSObject());
        return widgets.stream().anyMatch(x -> x.filled() && name != null && name.equals(x.name()));
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        // the text rendering matrix already holds Tf size × Tm × CTM: that is the size as rendered
        float size = trm.getScalingFactorY();
        float width = displacement.getX() * trm.getScalingFactorX();
        Face face = faces.computeIfAbsent(font, FaceReader::read);
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE && !face.bold()) {
            // Word and others fake bold by stroking the outline of a regular face
            face = new Face(face.name(), face.embedded(), true, face.italic());
        }
        glyphs.add(new Glyph(font.toUnicode(code), x(trm.getTranslateX()), y(trm.getTranslateY()), width, size, face));
    }

    /** Fresh cache per document: PDFont instances belong to one document. */
    static Map<PDFont, Face> newFaceCache() {
        return new IdentityHashMap<>();
    }
}
