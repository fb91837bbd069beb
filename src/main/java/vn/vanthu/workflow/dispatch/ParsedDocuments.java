package vn.vanthu.workflow.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import vn.vanthu.document.Dispatch;

/**
 * The documents of dispatch rows, parsed once per stored text. A step reads its dispatch several times
 * (the decision, the BPMN's listeners, the next task's labels), and each read parsed the same JSON into the
 * same immutable {@link Dispatch} again: 5 % of a chain's CPU. Keyed by the text PostgreSQL returns (jsonb
 * prints one text per value), so a changed document is a new key and nothing is ever stale.
 */
final class ParsedDocuments {

    /** Characters of stored text kept; past it the cache starts over (a few hundred ordinary documents). */
    static final long MAX_CHARACTERS = 4_000_000;

    private final Map<String, Dispatch> parsed = new ConcurrentHashMap<>();
    private final AtomicLong characters = new AtomicLong();
    private final Function<String, Dispatch> parser;

    ParsedDocuments(Function<String, Dispatch> parser) {
        this.parser = parser;
    }

    /** The document stored as {@code text}, parsed by the parser unless this text was parsed before. */
    Dispatch of(String text) {
        Dispatch known = parsed.get(text);
        if (known != null) {
            return known;
        }
        Dispatch document = parser.apply(text);
        if (text.length() <= MAX_CHARACTERS / 16) {
            if (characters.addAndGet(text.length()) > MAX_CHARACTERS) {
                // a plain bound, no recency: clearing is rare, and the next reads fill it again
                parsed.clear();
                characters.set(text.length());
            }
            parsed.put(text, document);
        }
        return document;
    }

    /** How many texts are kept (for tests). */
    int size() {
        return parsed.size();
    }
}
