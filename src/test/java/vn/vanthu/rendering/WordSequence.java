package vn.vanthu.rendering;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares two texts as whitespace-normalised word sequences: the share of words both have in the
 * same order, 2·LCS / (|a| + |b|) — 1.0 for equal texts, 0.0 for texts with no word in common.
 */
final class WordSequence {

    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*+|^#+\\s|\\^\\{[^}]*}", Pattern.MULTILINE);
    /** A word broken after its hyphen at a line end ("UBND-" / "KGVX") is one word. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{L}|\\d)-[ \\t]*\\R[ \\t]*(?=\\p{L}|\\d)");

    private WordSequence() {
    }

    /** Words of a text: NFC, markdown emphasis of the seed extraction removed, split on white space. */
    static List<String> words(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String plain = MARKDOWN.matcher(nfc).replaceAll("");
        String joined = LINE_END_HYPHEN.matcher(plain).replaceAll("-");
        return new ArrayList<>(Arrays.asList(joined.strip().split("[\\s\\u00A0]+")));
    }

    /** 2·LCS / (|a| + |b|) over the word sequences. */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String word : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 2.0 * previous[b.size()] / (a.size() + b.size());
    }
}
