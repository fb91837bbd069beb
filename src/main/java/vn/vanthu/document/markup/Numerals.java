package vn.vanthu.document.markup;

/** Roman numerals and Vietnamese point letters, the two numbering alphabets of Decree 30 bodies. */
public final class Numerals {

    /** Decree 30 Phụ lục I II.6: the Vietnamese alphabet order, without f, j, w, z (nor ă, â, ê, ô, ơ, ư). */
    static final String POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {
    }

    /** The point label for the 0-based {@code index}: a) … y), then aa) … yy), aaa) …. */
    static String point(int index) {
        int letters = POINT_LETTERS.length();
        char letter = POINT_LETTERS.charAt(index % letters);
        return String.valueOf(letter).repeat(index / letters + 1) + ")";
    }

    /** {@code n} in Roman numerals (1 → I, 4 → IV); Arabic for zero or less, which Roman cannot write. */
    public static String roman(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }

    /** The value of an upper-case Roman numeral; lenient about non-canonical forms such as IIII. */
    static int fromRoman(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = value(roman.charAt(i));
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    /** The value of up to nine ASCII digits; the patterns that call this never allow more. */
    static int arabic(String digits) {
        return Integer.parseInt(digits);
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }
}
