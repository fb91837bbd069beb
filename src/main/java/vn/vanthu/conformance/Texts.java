package vn.vanthu.conformance;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers: NFC, accent-placement folding, case tests, and the units used in findings. */
final class Texts {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final float PT_PER_MM = 72f / 25.4f;

    private Texts() {
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Upper-cases and maps the old-style tone placements onto one spelling; the decree itself writes both
     * HÒA/HOÀ, HỎA/HOẢ and ỦY/UỶ, so a match must not depend on which one a producer chose.
     */
    static String fold(String s) {
        return nfc(s).toUpperCase(VI)
                .replace("HOÀ", "HÒA").replace("HOẢ", "HỎA").replace("UỶ", "ỦY")
                .replaceAll("\\s+", " ").trim();
    }

    /** True when the text has letters and none of them is lower case. */
    static boolean isUpper(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    static float mm(float pt) {
        return pt / PT_PER_MM;
    }

    static float pt(float mm) {
        return mm * PT_PER_MM;
    }

    static String fmtPt(float pt) {
        return String.format(Locale.ROOT, "%.1f pt", pt);
    }

    static String fmtMm(float pt) {
        return String.format(Locale.ROOT, "%.1f mm", mm(pt));
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Shortens a line for a report. */
    static String quote(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 57) + "…" : s) + "\"";
    }
}
