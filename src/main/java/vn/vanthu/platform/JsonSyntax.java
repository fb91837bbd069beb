package vn.vanthu.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON body once, strictly: well formed, one value, no key twice in one object. Two parsers
 * reading the same body (a filter that checks {@code dispatchId}, then the engine) must never see two
 * different values, so a duplicate is refused rather than left to "last one wins".
 */
final class JsonSyntax {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonSyntax() {
    }

    /** Where and why a body is not acceptable JSON. */
    record Problem(String detail, Map<String, Object> members) {
    }

    /** Null when the body is one well-formed JSON value without duplicate keys. */
    static Problem check(byte[] body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            if (parser.nextToken() == null) {
                return null;
            }
            // every token, not skipChildren: duplicates are caught as each key is read
            while (!parser.getParsingContext().inRoot()) {
                parser.nextToken();
            }
            if (parser.nextToken() != null) {
                return problem("có nội dung thừa sau giá trị JSON đầu tiên", parser.currentLocation(), null);
            }
            return null;
        } catch (JsonParseException e) {
            return fromParser(e);
        } catch (JsonProcessingException e) {
            return problem(e.getOriginalMessage(), e.getLocation(), null);
        } catch (IOException e) {
            return problem("không đọc được JSON", null, null);
        }
    }

    private static Problem fromParser(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            String key = message.replaceFirst("^Duplicate field '(.*)'$", "$1");
            String field = path(e.getProcessor() == null ? null : e.getProcessor().getParsingContext(), key);
            return problem("khoá \"" + key + "\" xuất hiện hai lần trong cùng một đối tượng", e.getLocation(), field);
        }
        return problem(message, e.getLocation(), null);
    }

    private static Problem problem(String why, JsonLocation at, String field) {
        Map<String, Object> members = new LinkedHashMap<>();
        String where = "";
        if (at != null && at.getLineNr() > 0) {
            members.put("line", at.getLineNr());
            members.put("column", at.getColumnNr());
            where = " ở dòng " + at.getLineNr() + ", cột " + at.getColumnNr();
        }
        String reason = why == null ? "cú pháp sai" : why.length() > 200 ? why.substring(0, 200) + "…" : why;
        if (field != null) {
            members.put("errors", List.of(Map.of("field", field, "message", reason)));
        }
        return new Problem("JSON không hợp lệ" + where + ": " + reason, members);
    }

    /** The dotted path of a key inside the object being read, e.g. "variables.dispatchId". */
    private static String path(JsonStreamContext context, String key) {
        StringBuilder path = new StringBuilder(key);
        for (JsonStreamContext c = context == null ? null : context.getParent(); c != null && !c.inRoot();
                c = c.getParent()) {
            String name = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
            if (name != null) {
                path.insert(0, c.inArray() ? name : name + ".");
            }
        }
        return path.toString();
    }
}
