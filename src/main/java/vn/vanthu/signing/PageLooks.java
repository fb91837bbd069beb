package vn.vanthu.signing;

import eu.europa.esig.dss.pdf.PdfAnnotation;
import eu.europa.esig.dss.pdf.PdfDocumentReader;
import eu.europa.esig.dss.pdf.modifications.CommonPdfModification;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.modifications.PdfModification;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DSS's visual comparison of a signed revision with the final file, with the same screenshots and the same
 * verdict (a page differs when one pixel's colour differs), compared as pixel arrays: DSS draws a
 * subtraction image pixel by pixel, which was 37 % of a verification. A page that cannot be drawn counts as
 * changed, where DSS would log it and pass it. Pages drawn from equal objects in both (SamePages: what B-LT's
 * validation data leaves behind it) are not drawn at all.
 */
final class PageLooks extends DefaultPdfDifferencesFinder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageLooks.class);

    /** DSS's own limit: longer documents are not compared page by page. */
    private static final int MAX_PAGES = 10;

    @Override
    public List<PdfModification> getVisualDifferences(PdfDocumentReader signed, PdfDocumentReader last) {
        List<PdfModification> changed = new ArrayList<>();
        if (last.getNumberOfPages() > MAX_PAGES || signed instanceof PdfBoxDocumentReader s
                && last instanceof PdfBoxDocumentReader l && SamePages.in(s.getPDDocument(), l.getPDDocument())) {
            return changed;
        }
        int pages = Math.min(signed.getNumberOfPages(), last.getNumberOfPages());
        for (int page = 1; page <= pages; page++) {
            try {
                BufferedImage before = signed.generateImageScreenshot(page);
                List<PdfAnnotation> kept = signed.getPdfAnnotations(page);
                List<PdfAnnotation> added = last.getPdfAnnotations(page).stream()
                        .filter(a -> !kept.contains(a)).toList();
                // annotations added later (the seal's widget) are judged as annotations, not as page content
                if (!samePixels(before, last.generateImageScreenshotWithoutAnnotations(page, added))) {
                    changed.add(new CommonPdfModification(page));
                }
            } catch (IOException | RuntimeException e) {
                // a page that cannot be compared is not shown as unchanged: a crafted page must not slip past
                log.warn("Không so sánh được trang {} của văn bản trước và sau chữ ký: {}", page, e.toString());
                changed.add(new CommonPdfModification(page));
            }
        }
        return changed;
    }

    static boolean samePixels(BufferedImage a, BufferedImage b) {
        int w = a.getWidth();
        int h = a.getHeight();
        if (w != b.getWidth() || h != b.getHeight()) {
            return false;
        }
        if (a.getType() == BufferedImage.TYPE_INT_RGB && b.getType() == BufferedImage.TYPE_INT_RGB
                && a.getRaster().getDataBuffer() instanceof DataBufferInt da
                && b.getRaster().getDataBuffer() instanceof DataBufferInt db
                && da.getNumBanks() == 1 && db.getNumBanks() == 1) {
            int[] pa = da.getData();
            int[] pb = db.getData();
            if (pa.length != pb.length) {
                return false;
            }
            for (int i = 0; i < pa.length; i++) {
                if (((pa[i] ^ pb[i]) & 0xFFFFFF) != 0) {
                    return false;
                }
            }
            return true;
        }
        int[] rowA = new int[w];
        int[] rowB = new int[w];
        for (int y = 0; y < h; y++) {
            a.getRGB(0, y, w, 1, rowA, 0, w);
            b.getRGB(0, y, w, 1, rowB, 0, w);
            for (int x = 0; x < w; x++) {
                if (((rowA[x] ^ rowB[x]) & 0xFFFFFF) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
