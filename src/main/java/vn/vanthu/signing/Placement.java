package vn.vanthu.signing;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.vanthu.conformance.Anchors;

/**
 * Where the two images go (Phụ lục I, II.7.d and II.8.a): the signer's image centred between the titles
 * and the name, the seal at actual size over the left third of the signer's image.
 */
final class Placement {

    static final float PT_PER_MM = 72f / 25.4f;
    /** The signer's image is drawn at most this tall, in the proportions SignatureArt draws it. */
    static final float SIGNATURE_HEIGHT_MM = 20f;
    static final float SIGNATURE_ASPECT = (float) SignatureArt.WIDTH / SignatureArt.HEIGHT;

    private Placement() {
    }

    /** A rectangle in points from the top-left corner of a page, and the page's height to turn it into PDF space. */
    record Rect(int page, float left, float top, float width, float height, float pageHeight) {

        static Rect of(Anchors.Box box, float pageHeight) {
            return new Rect(box.page(), box.left(), box.top(), box.width(), box.height(), pageHeight);
        }

        /** The same rectangle in PDF user space (origin bottom-left). */
        PDRectangle pdf() {
            return new PDRectangle(left, pageHeight - top - height, width, height);
        }

        float right() {
            return left + width;
        }

        float centreY() {
            return top + height / 2;
        }
    }

    /** The signer's image: as tall as the gap allows (up to 20 mm), centred in it both ways. */
    static Rect signature(Anchors anchors) {
        Anchors.Box gap = anchors.signature();
        if (gap == null) {
            throw new IllegalArgumentException("không tìm thấy khối chữ ký (chức vụ và họ tên người ký) trong văn bản");
        }
        float height = Math.min(gap.height() - 2, SIGNATURE_HEIGHT_MM * PT_PER_MM);
        float width = height * SIGNATURE_ASPECT;
        return new Rect(gap.page(), gap.centreX() - width / 2, gap.top() + (gap.height() - height) / 2, width,
                height, anchors.pageHeight());
    }

    /** The seal at actual size, its right edge a third of the way into the signer's image, centred on it. */
    static Rect seal(Rect signature) {
        float size = SealArt.DIAMETER_MM * PT_PER_MM;
        float right = signature.left() + signature.width() / 3;
        return new Rect(signature.page(), right - size, signature.centreY() - size / 2, size, size,
                signature.pageHeight());
    }

    /**
     * The information box of a separate-file appendix (Phụ lục I, II.8.b): top right of page 1, one 10 pt
     * line at the top of the margin band, above where ô 11 (a circulation mark) may stand.
     */
    static Rect appendixInfo(float pageWidth, float pageHeight) {
        float width = 80 * PT_PER_MM;
        float height = 5 * PT_PER_MM;
        return new Rect(1, pageWidth - 15 * PT_PER_MM - width, 2 * PT_PER_MM, width, height, pageHeight);
    }
}
