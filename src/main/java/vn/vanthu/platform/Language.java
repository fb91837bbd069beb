package vn.vanthu.platform;

import java.util.Locale;

/** The language a user reads vanthu in: Vietnamese unless they chose English. */
public enum Language {
    VI, EN;

    /** "en" gives English; anything else, or nothing, Vietnamese. */
    public static Language of(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }

    /** The code the webapps and forms use: "vi" or "en". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Java locale of this language. */
    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
