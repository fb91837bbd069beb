package vn.vanthu.document.markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.markup.Block.Heading;
import vn.vanthu.document.markup.Block.Paragraph;
import vn.vanthu.document.markup.Block.Run;

/**
 * The counters of one body: section headings I. / 1. / 1.1. and articles "Điều N.". A number the
 * clerk typed is kept as typed and the automatic numbering continues from it.
 */
final class Numbering {

    // Decree 30 Phụ lục I II.6.đ: Roman section, Arabic item, dotted sub-item; the blank after it is optional at the end
    private static final Pattern SECTION = Pattern.compile("^([IVXLCDM]+)\\.(?=[\\s\\u00A0]|$)");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,9})\\.(?=[\\s\\u00A0]|$)");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\d{1,9})\\.(\\d{1,9})\\.?(?=[\\s\\u00A0]|$)");
    private static final Pattern ARTICLE = Pattern.compile("^Điều[ \\u00A0]+(#|\\d{1,9})\\.(?=[\\s\\u00A0]|$)");

    private int section;
    private int item;
    private int subItem;
    private String subPrefix = "";
    private int article;

    /** A heading of level 1–3 with its number resolved, taken from the runs when the clerk typed one. */
    Heading heading(int level, List<Run> runs) {
        Matcher typed = (level == 1 ? SECTION : level == 2 ? ITEM : SUB_ITEM).matcher(firstText(runs));
        boolean verbatim = typed.find();
        String label = switch (level) {
            case 1 -> section(verbatim ? typed : null);
            case 2 -> item(verbatim ? typed : null);
            default -> subItem(verbatim ? typed : null);
        };
        List<Run> title = verbatim ? RunEdits.dropLeading(runs, typed.end()) : runs;
        return new Heading(level, label, title);
    }

    /** The paragraph as an article when it starts with "Điều #." or "Điều 5."; null otherwise. */
    Paragraph article(List<Run> runs) {
        Matcher typed = ARTICLE.matcher(firstText(runs));
        if (!typed.find()) {
            return null;
        }
        String number = typed.group(1);
        article = number.equals("#") ? article + 1 : Numerals.arabic(number);
        String label = "Điều " + (number.equals("#") ? String.valueOf(article) : number) + ".";
        return new Paragraph(label, true, RunEdits.dropLeading(runs, typed.end()));
    }

    private String section(Matcher typed) {
        section = typed == null ? section + 1 : Numerals.fromRoman(typed.group(1));
        item = 0;
        subItem = 0;
        subPrefix = "";
        return typed == null ? Numerals.roman(section) + "." : typed.group();
    }

    private String item(Matcher typed) {
        item = typed == null ? item + 1 : Numerals.arabic(typed.group(1));
        subItem = 0;
        subPrefix = typed == null ? String.valueOf(item) : typed.group(1);
        return typed == null ? item + "." : typed.group();
    }

    private String subItem(Matcher typed) {
        if (typed != null) {
            subPrefix = typed.group(1);
            subItem = Numerals.arabic(typed.group(2));
            return typed.group();
        }
        subItem++;
        // a sub-item with no item above it has nothing to prefix, so it is numbered on its own
        return subPrefix.isEmpty() ? subItem + "." : subPrefix + "." + subItem + ".";
    }

    private static String firstText(List<Run> runs) {
        return runs.isEmpty() ? "" : runs.get(0).text();
    }
}
