package vn.vanthu.document;

import java.text.Normalizer;

/** Small text helpers of the reader: NFC, field paths, and the list punctuation clerks type. */
final class InputText {

    private InputText() {
    }

    /**
     * Drops the list punctuation a clerk types out of habit — the leading "- " and the final ";" "." ","
     * — because vanthu adds the decree's own.
     */
    static String stripListPunctuation(String item) {
        String result = item.strip();
        if (result.startsWith("- ") || result.startsWith("– ")) {
            result = result.substring(2).strip();
        }
        int end = result.length();
        while (end > 0 && ";.,".indexOf(result.charAt(end - 1)) >= 0) {
            end--;
        }
        return result.substring(0, end).strip();
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
