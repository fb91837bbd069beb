package vn.vanthu.conformance;

import java.util.Locale;

/** A font as the checker sees it: name without the subset prefix, embedding, and the style it renders. */
record Face(String name, boolean embedded, boolean bold, boolean italic) {

    Face {
        // "ABCDEF+LiberationSerif-Bold": the six-letter tag only says the font is a subset
        name = name == null ? "(unnamed)" : name.replaceFirst("^[A-Z]{6}\\+", "");
    }

    /** True for Times New Roman and the metric-compatible faces producers substitute for it. */
    boolean timesFamily() {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return key.startsWith("times") || key.startsWith("liberationserif") || key.startsWith("tinos");
    }
}
