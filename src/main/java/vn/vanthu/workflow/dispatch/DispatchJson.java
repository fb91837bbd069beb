package vn.vanthu.workflow.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.DispatchWriter;

/** A dispatch's documents as the store keeps them: the input format (docs/input-format.md) as jsonb text. */
final class DispatchJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper json;
    private final ParsedDocuments parsed = new ParsedDocuments(this::parse);

    DispatchJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Dispatch d) {
        try {
            return d == null ? null : json.writeValueAsString(DispatchWriter.toMap(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document of a stored text, parsed once per text (a changed document is another text). */
    Dispatch read(String text) {
        return parsed.of(text);
    }

    private Dispatch parse(String text) {
        try {
            return DispatchReader.fromMap(json.readValue(text, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
