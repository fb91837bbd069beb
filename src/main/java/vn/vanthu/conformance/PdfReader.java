package vn.vanthu.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Reads every page of a loaded PDF once into lines and rules. */
final class PdfReader {

    private PdfReader() {
    }

    static List<Page> read(PDDocument doc) throws IOException {
        Map<PDFont, Face> faces = PageScanner.newFaceCache();
        List<Page> pages = new ArrayList<>();
        int number = 0;
        Map<COSObjectKey, Long> objects = doc.getDocument().getXrefTable();
        for (PDPage pdPage : doc.getPages()) {
            number++;
            List<Widget> widgets = WidgetReader.read(number, pdPage, objects);
            PageScanner scan = PageScanner.scan(pdPage, faces, widgets);
            List<HRule> rules = new ArrayList<>(scan.rules());
            List<TextLine> lines = LineBuilder.build(number, scan.glyphs(), rules);
            PDRectangle box = pdPage.getCropBox();
            // /Rotate turns the sheet; the reader sees the rotated size (layout coordinates stay unrotated)
            boolean turned = pdPage.getRotation() % 180 != 0;
            pages.add(new Page(number, turned ? box.getHeight() : box.getWidth(),
                    turned ? box.getWidth() : box.getHeight(), lines, rules, widgets));
        }
        return pages;
    }
}
