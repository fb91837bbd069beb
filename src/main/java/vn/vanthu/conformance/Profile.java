package vn.vanthu.conformance;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.document.Symbols;

/**
 * The rule set a document is held to: Decree 30 administrative documents, or Party documents (Hướng dẫn
 * 36-HD/VPTW, spec §14) when the first page carries "ĐẢNG CỘNG SẢN VIỆT NAM".
 */
record Profile(String prefix, boolean party, Range number, Range date, Range type, Range trichYeu, Range body,
        Pattern numberFormat, Pattern authority, String itemEnds) {

    /**
     * Spec §4, typed and công văn forms merged, and the normative form with the year (Decree 34/2016:
     * "Số: 33/2025/NQ-HĐND"); the ký hiệu's shape is the validator's ({@link Symbols}), its case is checked by
     * NUMBER-CASE. "&" is allowed inside unit abbreviations because real documents use it ("LĐTBXH-TE&BDG").
     */
    static final Pattern ND30_NUMBER = Pattern.compile("^Số: (0[1-9]|[1-9]\\d+)/" + Symbols.ND30 + "$");
    static final Pattern HD36_NUMBER = Pattern.compile("^Số \\d{2,}-" + Symbols.PARTY + "$");

    static final Profile ND30 = new Profile("ND30", false, Range.exactly(13), Range.of(13, 14), Range.of(13, 14),
            Range.of(13, 14), Range.of(13, 14), ND30_NUMBER,
            Pattern.compile("^(TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.)\\s?\\S.*"), ";");
    // Party lists end items with "," as often as ";" (seed 001 shows ","), so both are accepted
    static final Profile HD36 = new Profile("HD36", true, Range.exactly(14), Range.exactly(14), Range.of(15, 16),
            Range.of(14, 15), Range.of(14, 15), HD36_NUMBER, Pattern.compile("^(T/M|K/T|T/L)\\s?\\S.*"), ";,");

    static Profile detect(List<TextLine> firstPage) {
        return firstPage.stream().anyMatch(l -> Texts.fold(l.text()).contains("ĐẢNG CỘNG SẢN VIỆT NAM")) ? HD36 : ND30;
    }

    String id(String rule) {
        return prefix + "-" + rule;
    }

    /** Picks the clause citation of the active rule set. */
    String clause(String nd30, String hd36) {
        return party ? hd36 : nd30;
    }
}
