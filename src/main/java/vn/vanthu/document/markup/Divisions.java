package vn.vanthu.document.markup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.markup.Block.Division;

/**
 * Phần, Chương and Mục of Quyết định-style texts (Decree 30 Phụ lục I II.6.đ): Phần and Chương in
 * Roman numerals, Mục in Arabic. Chương runs on across Phần; Mục restarts in each Chương and Phần.
 */
final class Divisions {

    private static final Pattern LINE = Pattern.compile(
            "^(Phần|Chương|Mục)[ \\u00A0]+(#|\\d{1,9}|[IVXLCDM]+|thứ(?:[ \\u00A0]+\\p{L}+)+)$");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");
    private static final List<String> ORDINALS =
            List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private int part;
    private int chapter;
    private int section;
    private boolean partInWords;

    /** True when the line is a division line such as "Chương #", "Mục 2" or "Phần thứ nhất". */
    static boolean isDivisionLine(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    /** The division for a matching first line and the title lines under it (upper-cased, Locale vi). */
    Division division(String line, String title) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a division line: " + line);
        }
        String kind = m.group(1);
        String number = BLANKS.matcher(m.group(2)).replaceAll(" ");
        String label = kind + " " + (number.equals("#") ? next(kind) : typed(kind, number));
        String upper = BLANKS.matcher(title.strip()).replaceAll(" ").toUpperCase(VIETNAMESE);
        return new Division(label, upper);
    }

    private String next(String kind) {
        return switch (kind) {
            case "Phần" -> {
                startPart(part + 1);
                yield partInWords && part <= ORDINALS.size() ? "thứ " + ORDINALS.get(part - 1) : Numerals.roman(part);
            }
            case "Chương" -> {
                startChapter(chapter + 1);
                yield Numerals.roman(chapter);
            }
            default -> String.valueOf(++section);
        };
    }

    private String typed(String kind, String number) {
        int value = value(number, kind);
        switch (kind) {
            case "Phần" -> {
                partInWords = number.startsWith("thứ");
                startPart(value);
            }
            case "Chương" -> startChapter(value);
            default -> section = value;
        }
        return number;
    }

    private int value(String number, String kind) {
        if (number.startsWith("thứ")) {
            int index = ORDINALS.indexOf(number.substring(3).strip().toLowerCase(VIETNAMESE));
            return index >= 0 ? index + 1 : current(kind) + 1;
        }
        char first = number.charAt(0);
        return first >= '0' && first <= '9' ? Numerals.arabic(number) : Numerals.fromRoman(number);
    }

    private int current(String kind) {
        return switch (kind) {
            case "Phần" -> part;
            case "Chương" -> chapter;
            default -> section;
        };
    }

    private void startPart(int value) {
        part = value;
        section = 0;
    }

    private void startChapter(int value) {
        chapter = value;
        section = 0;
    }
}
