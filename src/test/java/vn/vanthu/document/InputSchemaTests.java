package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/dispatch.schema.json, the reader and the examples describe the same format. */
class InputSchemaTests {

    private static final Path SCHEMA = Path.of("docs", "dispatch.schema.json");

    static Stream<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), DispatchReaderTests.resource("cong-van.yaml").getParent())) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listing = Files.list(dir)) {
                    listing.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyExampleReadsAndValidatesWithoutProblems(Path file) {
        Dispatch dispatch = DispatchReader.read(file);

        assertThat(DispatchValidator.validate(dispatch, dispatch.mode())).as(file.toString()).isEmpty();
    }

    @Test
    void findsTheFixturesAtLeast() throws IOException {
        assertThat(inputs()).extracting(p -> p.getFileName().toString()).contains("cong-van.yaml", "ke-hoach.json");
    }

    @Test
    void schemaPropertiesAreExactlyTheKeysTheReaderAccepts() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        JsonNode root = schema.path("properties");

        assertThat(keys(root)).as("top level").containsExactlyInAnyOrderElementsOf(InputKeys.of(InputKeys.ROOT));
        for (String object : List.of("issuer", "signature", "distribution", "marks")) {
            assertThat(keys(root.path(object).path("properties"))).as(object)
                    .containsExactlyInAnyOrderElementsOf(InputKeys.of(object));
        }
        JsonNode dateObject = null;
        for (JsonNode shape : root.path("date").path("oneOf")) {
            if (shape.path("type").asText().equals("object")) {
                dateObject = shape;
            }
        }
        assertThat(dateObject).as("date has an object form").isNotNull();
        assertThat(keys(dateObject.path("properties"))).containsExactlyInAnyOrderElementsOf(InputKeys.of("date"));
        assertThat(keys(root.path("appendices").path("items").path("properties")))
                .containsExactlyInAnyOrderElementsOf(InputKeys.of(InputKeys.APPENDIX));
        assertThat(keys(root.path("attachments").path("items").path("properties")))
                .containsExactlyInAnyOrderElementsOf(InputKeys.of(InputKeys.ATTACHMENT));
        assertThat(keys(root.path("copy").path("properties"))).containsExactlyInAnyOrderElementsOf(InputKeys.of(InputKeys.COPY));
        assertThat(keys(root.path("cosigner").path("properties"))).containsExactlyInAnyOrderElementsOf(InputKeys.of("signature"));
        for (String object : List.of("issuer", "signature", "distribution")) {
            assertThat(keys(root.path("copy").path("properties").path(object).path("properties"))).as("copy." + object)
                    .containsExactlyInAnyOrderElementsOf(InputKeys.of(object));
        }
        assertThat(InputKeys.all()).hasSize(9);
    }

    @Test
    void schemaRefusesUnknownKeysLikeTheReaderAndDescribesEveryProperty() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> objectsMissingTheLock = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        walk(schema, "", objectsMissingTheLock, undescribed);
        assertThat(objectsMissingTheLock).as("objects without additionalProperties: false").isEmpty();
        assertThat(undescribed).as("properties without a description").isEmpty();
    }

    private static void walk(JsonNode node, String path, List<String> unlocked, List<String> undescribed) {
        if (node.has("properties")) {
            if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                unlocked.add(path);
            }
            node.path("properties").fields().forEachRemaining(e -> {
                if (!e.getValue().has("description")) {
                    undescribed.add(path + "/" + e.getKey());
                }
                walk(e.getValue(), path + "/" + e.getKey(), unlocked, undescribed);
            });
        }
        for (String child : List.of("items", "oneOf")) {
            JsonNode next = node.path(child);
            if (next.isArray()) {
                next.forEach(n -> walk(n, path + "/" + child, unlocked, undescribed));
            } else if (next.isObject()) {
                walk(next, path + "/" + child, unlocked, undescribed);
            }
        }
    }

    private static List<String> keys(JsonNode properties) {
        List<String> keys = new ArrayList<>();
        properties.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("schema object has properties").isNotEmpty();
        return keys;
    }
}
