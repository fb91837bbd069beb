package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a ký hiệu (Phụ lục I, II.3; Decree 34/2016 for normative documents), shared by the input
 * validator and the conformance checker so that what one accepts the other passes.
 */
public final class Symbols {

    /**
     * Abbreviations that are official in mixed case: Phụ lục III's QyĐ (Quy định), CTr (Chương trình),
     * TTr (Tờ trình), TrS (trích sao), and the Prime Minister's TTg. Every other segment is upper case.
     */
    public static final Set<String> MIXED_CASE = Set.of("TTg", "QyĐ", "CTr", "TTr", "TrS");

    /**
     * An administrative ký hiệu after "Số: 05/": segments of letters, digits and "&" joined by hyphens
     * ("QĐ-UBND", "LĐTBXH-TE&BDG"), after the year for a normative document ("2025/NQ-HĐND").
     */
    public static final String ND30 = "(?:\\d{4}/)?[\\p{L}\\d&]+(?:-[\\p{L}\\d&]+)+";

    /** A Party ký hiệu after "Số 46-": the type, a slash, the issuer ("CT/HU", "TB/VPTU"). */
    public static final String PARTY = "\\p{L}+/[\\p{L}\\d&-]+";

    private static final Pattern ND30_PATTERN = Pattern.compile(ND30);
    private static final Pattern PARTY_PATTERN = Pattern.compile(PARTY);
    private static final Pattern SEPARATORS = Pattern.compile("[-/]");

    private Symbols() {
    }

    /** True when the whole text is a ký hiệu of the given style's shape (case is {@link #wrongCase}'s matter). */
    public static boolean wellFormed(String symbol, Style style) {
        return (style == Style.PARTY ? PARTY_PATTERN : ND30_PATTERN).matcher(symbol).matches();
    }

    /** The segments of a ký hiệu that have a lower-case letter and are not an official mixed-case abbreviation. */
    public static List<String> wrongCase(String symbol) {
        List<String> wrong = new ArrayList<>();
        for (String segment : SEPARATORS.split(symbol)) {
            if (!MIXED_CASE.contains(segment) && segment.codePoints().anyMatch(Character::isLowerCase)) {
                wrong.add(segment);
            }
        }
        return wrong;
    }
}
