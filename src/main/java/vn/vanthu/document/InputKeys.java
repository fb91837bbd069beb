package vn.vanthu.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys the input format accepts, per object. One list serves the reader (unknown-key problems)
 * and the schema test, so the two cannot drift apart silently.
 */
final class InputKeys {

    static final String ROOT = "";
    static final String APPENDIX = "appendices[]";

    static final String ATTACHMENT = "attachments[]";
    static final String COPY = "copy";

    private static final Map<String, List<String>> OBJECTS = Map.of(
            ROOT, List.of("style", "type", "typeName", "mode", "normative", "issuer", "number", "symbol", "unit",
                    "date", "summary", "recipients", "authorityLine", "bases", "proposal", "body", "signature",
                    "cosigner", "distribution", "marks", "appendices", "attachments", "copy"),
            "issuer", List.of("parent", "name", "abbreviation", "place", "contact", "fullName"),
            "date", List.of("day", "month", "year"),
            "signature", List.of("authority", "title", "name"),
            "distribution", List.of("recipients", "archive", "drafter", "copies"),
            "marks", List.of("urgency", "secrecy", "circulation"),
            APPENDIX, List.of("label", "title", "body", "landscape"),
            ATTACHMENT, List.of("name", "title", "body", "landscape"),
            COPY, List.of("form", "electronic", "issuer", "number", "date", "signature", "distribution", "signedAt"));

    private InputKeys() {
    }

    /** Every object name ("" for the top level, "appendices[]" for one appendix) with its keys. */
    static Map<String, List<String>> all() {
        return OBJECTS;
    }

    /** The keys allowed in one object. */
    static List<String> of(String object) {
        return OBJECTS.get(object);
    }

    /** A known key the clerk probably meant ("authority_line" → "authorityLine", "nmae" → "name"). */
    static Optional<String> suggest(String typed, String object) {
        String wanted = squash(typed);
        return of(object).stream()
                .filter(k -> squash(k).equals(wanted) || distance(k, typed) <= 2)
                .findFirst();
    }

    private static String squash(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    // Plain Levenshtein: keys are short, so the quadratic table costs nothing.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
