package vn.vanthu.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a request that hold U+0000. PostgreSQL keeps no such character in text, so a value carrying one
 * passed every check of its feature and then failed in the write, as a 500; it is refused before any handler,
 * naming each field, whatever the endpoint (a comment, a Nơi nhận line, a signer, an agency parameter).
 */
final class NulCharacters {

    /** What each field at fault is told, in the words the document validator uses for control characters. */
    static final String MESSAGE = "ký tự điều khiển U+0000 không được phép";

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonFactory YAML = new YAMLFactory();
    private static final byte[] JSON_ESCAPE = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    private NulCharacters() {
    }

    /** The fields of a JSON or YAML body holding U+0000, as "document.summary" or "consulted[1]"; empty when none. */
    static List<String> inBody(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        JsonFactory factory = type.contains("json") ? JSON : type.contains("yaml") ? YAML : null;
        // JSON writes U+0000 only as the escape \u0000; YAML has several escapes, and its bodies are few
        if (factory == null || factory == JSON && !containsIgnoringCase(body, JSON_ESCAPE)) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        try (JsonParser parser = factory.createParser(body)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && parser.getText().indexOf('\0') >= 0) {
                    String field = path(parser.getParsingContext());
                    if (!fields.contains(field)) {
                        fields.add(field);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: the syntax check or the message converter names what is wrong with it
        }
        return fields;
    }

    /** The query parameters whose name or value holds U+0000 (sent as %00); empty when none. */
    static List<String> inQuery(String query) {
        if (query == null || !query.contains("%00")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                names.add(name.replace("\0", ""));
            }
        }
        return names;
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken %-escape: the parameter binding refuses it; a %00 in it is still a NUL
            return part.replace("%00", "\0");
        }
    }

    /** "document.recipients[2]": each enclosing object's key and array's index, outermost first. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]" : "." + c.getCurrentName());
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "(nội dung)" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static boolean containsIgnoringCase(byte[] body, byte[] ascii) {
        outer:
        for (int i = 0; i + ascii.length <= body.length; i++) {
            for (int j = 0; j < ascii.length; j++) {
                if (Character.toLowerCase(body[i + j]) != ascii[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
