package vn.vanthu.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Mode;

/**
 * The header boxes: ô 1 (Quốc hiệu, Tiêu ngữ), ô 2 (issuer), ô 3 (number), ô 4 (place, date), ô 5b (V/v).
 * The two columns share the text width so that ô 4 stays on one line: a long place name ("Thành phố Hồ
 * Chí Minh") widens the right column as far as the left one can give, then the date is set at 13 pt; a place
 * too long for even that is refused.
 */
final class HeaderView {

    /** The left column never gets narrower than this (mm), whatever the issuer and number need. */
    private static final double MIN_LEFT_MM = 45;
    /** Room kept beside the widest line of a column (mm). */
    private static final double AIR_MM = 3;
    /**
     * The least room beside them (mm), when nothing else fits: the widest issuer line and ô 4 stand on different
     * baselines, so the air only keeps FOP from wrapping a line that measures exactly its column.
     */
    private static final double TIGHT_AIR_MM = 0.5;
    /** A draft's blank day or month when the usual one does not fit: as wide as two digits (13 pt). */
    private static final String NARROW_BLANK = "    ";
    /** The smallest size the decree allows ô 4 (Phụ lục I, II.4). */
    private static final double SMALLEST_DATE_PT = 13;

    private HeaderView() {
    }

    static Map<String, Object> of(Dispatch d, Mode mode, Typography t) {
        Map<String, Object> header = new HashMap<>();
        String numberLine = Formats.numberLine(d, mode);
        String placeDate = Formats.placeAndDate(d, mode);
        Columns columns;
        try {
            columns = columns(d, t, numberLine, placeDate);
        } catch (InvalidDispatch tooLong) {
            // a draft's blanks are wider than the day and month the văn thư will write in them: narrow them
            // before refusing a place whose issued date would fit
            String narrower = placeDate.replace(Formats.BLANK, NARROW_BLANK);
            if (narrower.equals(placeDate)) {
                throw tooLong;
            }
            columns = columns(d, t, numberLine, narrower);
            placeDate = narrower;
        }
        List<String> name = fitted(d.issuer().name(), t.issuer(), true, columns.leftMm());
        header.put("parent", fitted(d.issuer().parent(), t.parent(), false, columns.leftMm()));
        header.put("name", name);
        header.put("issuerRule", DispatchView.rule(name, t.issuer()));
        header.put("numberLine", numberLine);
        header.put("placeDate", d.type() == vn.vanthu.document.DocumentType.BIEN_BAN ? "" : placeDate);
        header.put("dateSize", Typography.pt(columns.dateSize()));
        header.put("leftColumn", Typography.decimal(columns.leftMm(), 1) + "mm");
        header.put("rightColumn", Typography.decimal(Typography.TEXT_WIDTH_MM - columns.leftMm(), 1) + "mm");
        header.put("briefSummary", d.type().hasTypeName() || d.summary() == null ? List.of()
                : briefSummary(d, t, columns.leftMm()));
        return header;
    }

    /** Column split and date size: the typography's own when ô 4 fits, else as computed above. */
    record Columns(double leftMm, double dateSize) {
    }

    static Columns columns(Dispatch d, Typography t, String numberLine, String placeDate) {
        double banner = TextMetrics.width(t.party() ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                t.nationalName(), true);
        double date = TextMetrics.italicWidth(placeDate.strip(), t.date());
        double rightNeeded = mm(Math.max(banner, date)) + AIR_MM;
        if (rightNeeded <= t.rightColumnMm()) {
            return new Columns(t.leftColumnMm(), t.date());
        }
        List<String> left = new ArrayList<>(d.issuer().parent());
        left.addAll(d.issuer().name());
        double widest = Math.max(mm(TextMetrics.widest(left, t.issuer(), true)),
                mm(TextMetrics.width(numberLine.strip(), t.number(), false)));
        double room = Typography.TEXT_WIDTH_MM - Math.max(MIN_LEFT_MM, widest + AIR_MM);
        if (rightNeeded <= room) {
            return new Columns(Typography.TEXT_WIDTH_MM - rightNeeded, t.date());
        }
        // still too wide at the column the issuer can spare: the smaller size the decree allows
        double smaller = mm(Math.max(banner, TextMetrics.italicWidth(placeDate.strip(), SMALLEST_DATE_PT)));
        double dateSize = Math.min(t.date(), SMALLEST_DATE_PT);
        if (smaller + AIR_MM <= room) {
            return new Columns(Typography.TEXT_WIDTH_MM - Math.max(smaller + AIR_MM, t.rightColumnMm()), dateSize);
        }
        // a long issuer name beside a long place (Sở Lao động – Thương binh và Xã hội of Thành phố Hồ Chí Minh)
        if (Math.max(MIN_LEFT_MM, widest + TIGHT_AIR_MM) + smaller + TIGHT_AIR_MM <= Typography.TEXT_WIDTH_MM) {
            return new Columns(Typography.TEXT_WIDTH_MM - smaller - TIGHT_AIR_MM, dateSize);
        }
        // ô 4 on two lines is no Decree 30 header, and the checker would fail it: refuse, naming the field
        throw new InvalidDispatch(List.of(new FieldProblem("issuer.place", "địa danh quá dài: dòng “"
                + placeDate.strip() + "” không vừa một dòng bên phải tiêu đề, kể cả ở cỡ chữ 13")));
    }

    /**
     * Issuer lines as printed in a column {@code columnMm} wide: a line the clerk typed wider than the column
     * ("SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI" as one entry) broken between its phrases here (IssuerLines), not by FOP, so that the
     * rule under the issuer is sized on the lines printed (1/3 to 1/2 of the widest, Phụ lục I, II.2.b).
     */
    static List<String> fitted(List<String> lines, double size, boolean bold, double columnMm) {
        double width = Typography.mmToPt(columnMm) - 2;
        List<String> printed = new ArrayList<>();
        for (String line : lines) {
            printed.addAll(TextMetrics.width(line, size, bold) <= width ? List.of(line)
                    : IssuerLines.of(line, size, bold, width));
        }
        return printed;
    }

    /** "V/v …" broken to fit under the number in the left column (a clerk's line feeds are kept). */
    private static List<String> briefSummary(Dispatch d, Typography t, double leftMm) {
        return LineBreaks.balancedLines("V/v " + d.summary(), t.briefSummary(), false, briefSummaryWidth(leftMm));
    }

    /** The width (pt) the "V/v …" lines are broken to, under the number in a left column {@code leftMm} wide. */
    static double briefSummaryWidth(double leftMm) {
        return Typography.mmToPt(leftMm) - 6;
    }

    private static double mm(double pt) {
        return pt * 25.4 / 72;
    }
}
