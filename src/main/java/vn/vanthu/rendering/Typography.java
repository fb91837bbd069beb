package vn.vanthu.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import vn.vanthu.document.Style;

/**
 * Type sizes and column widths of one style, in points and millimetres. The templates read them
 * from the view model so that the widths Java measures and the sizes FOP sets are the same numbers.
 */
record Typography(double nationalName, double motto, double parent, double issuer, double number, double date,
        double briefSummary, double typeName, double summary, double body, double signature, double recipientsLabel,
        double recipientsItem, double leftColumnMm, double rightColumnMm) {

    /** Decree 30 sizes: the specimen sizes of Phụ lục I, Mục V, inside the ranges of II.1–II.9. */
    static final Typography ND30 = new Typography(12, 13, 12, 12, 13, 14, 12, 14, 14, 14, 14, 12, 11, 70, 95);

    /** Hướng dẫn 36-HD/VPTW specimen sizes (spec §14). */
    static final Typography PARTY = new Typography(15, 0, 14, 14, 14, 14, 12, 16, 14, 14, 14, 12, 11, 75, 90);

    /** Text width between the 30 mm and 15 mm margins of A4 portrait. */
    static final double TEXT_WIDTH_MM = 165;

    /** Text width of A4 landscape (phụ lục with wide tables). */
    static final double TEXT_WIDTH_LANDSCAPE_MM = 252;

    /** True for the Party's sizes (Hướng dẫn 36-HD/VPTW). */
    boolean party() {
        return this.equals(PARTY);
    }

    static Typography of(Style style) {
        return style == Style.PARTY ? PARTY : ND30;
    }

    static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }

    /** The sizes as FO lengths for the templates. */
    Map<String, String> asMap() {
        return Map.ofEntries(
                Map.entry("nationalName", pt(nationalName)), Map.entry("motto", pt(motto)),
                Map.entry("parent", pt(parent)), Map.entry("issuer", pt(issuer)), Map.entry("number", pt(number)),
                Map.entry("date", pt(date)), Map.entry("briefSummary", pt(briefSummary)),
                Map.entry("typeName", pt(typeName)), Map.entry("summary", pt(summary)), Map.entry("body", pt(body)),
                Map.entry("signature", pt(signature)), Map.entry("recipientsLabel", pt(recipientsLabel)),
                Map.entry("recipientsItem", pt(recipientsItem)), Map.entry("leftColumn", leftColumnMm + "mm"),
                Map.entry("rightColumn", rightColumnMm + "mm"));
    }

    /** Two decimals, half up, as {@code %.2f} would print them, without a Formatter per call. */
    static String pt(double value) {
        return decimal(value, 2) + "pt";
    }

    /** A length for FO with the given decimals, rounded half up. */
    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
