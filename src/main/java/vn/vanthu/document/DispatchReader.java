package vn.vanthu.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a dispatch written by hand in YAML or JSON (docs/input-format.md) and reports every bad field
 * at once as {@link InvalidDispatch}; all strings come out NFC-normalised.
 */
public final class DispatchReader {

    // Duplicate keys would otherwise silently keep the last value a clerk typed.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private DispatchReader() {
    }

    /** Reads a .yaml, .yml or .json file (UTF-8); throws InvalidDispatch, or UncheckedIOException when unreadable. */
    public static Dispatch read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được tệp " + file, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDispatch(List.of(new FieldProblem("(tệp)",
                    "tệp không ở dạng mã UTF-8; hãy lưu lại với bảng mã UTF-8")));
        }
        return read(text, file.getFileName().toString());
    }

    /** Reads YAML or JSON text; {@code sourceName} (a file name) decides the format, else the content does. */
    public static Dispatch read(String text, String sourceName) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean json = isJson(content, sourceName);
        List<FieldProblem> raw = rawControlCharacters(content);
        if (!raw.isEmpty()) {
            throw new InvalidDispatch(raw);
        }
        Object tree;
        try {
            tree = (json ? JSON : YAML).readValue(content, Object.class);
        } catch (JsonProcessingException e) {
            throw new InvalidDispatch(List.of(syntaxProblem(e, json)));
        }
        if (tree == null || tree instanceof String s && s.isBlank()) {
            throw new InvalidDispatch(List.of(new FieldProblem("(tệp)", "tệp rỗng, chưa có nội dung văn bản")));
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidDispatch(List.of(new FieldProblem("(tệp)",
                    "tệp phải là một nhóm trường (type:, issuer:, summary: …), không phải một danh sách hay dòng chữ")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) map;
        return fromMap(root);
    }

    /** Builds a dispatch from an already parsed tree (e.g. a JSON request body), with the same rules. */
    public static Dispatch fromMap(Map<String, Object> tree) {
        if (tree == null) {
            throw new InvalidDispatch(List.of(new FieldProblem("(tệp)", "chưa có nội dung văn bản")));
        }
        return DispatchAssembler.assemble(tree);
    }

    // YAML and JSON both refuse raw control characters with a message about "special characters" at the
    // wrong place; a clerk who pasted one from a word processor needs its line, column and code instead.
    private static List<FieldProblem> rawControlCharacters(String content) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Character> seen = new HashSet<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && seen.add(c)) {
                problems.add(new FieldProblem("dòng " + line + ", cột " + column,
                        String.format("ký tự điều khiển U+%04X không được phép", (int) c)));
            }
            column++;
        }
        return problems;
    }

    private static boolean isJson(String content, String sourceName) {
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        return content.stripLeading().startsWith("{");
    }

    private static FieldProblem syntaxProblem(JsonProcessingException e, boolean json) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "(tệp)"
                : "dòng " + at.getLineNr() + ", cột " + at.getColumnNr();
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
            return new FieldProblem("(tệp)", "tệp rỗng, chưa có nội dung văn bản");
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return new FieldProblem(where, "trường bị khai báo hai lần: " + e.getOriginalMessage()
                    .replaceFirst("Duplicate field ", ""));
        }
        return new FieldProblem(where, "lỗi cú pháp " + (json ? "JSON" : "YAML") + ": " + explain(e));
    }

    // SnakeYAML's message repeats the source with a caret under it; keep only the sentences.
    private static String explain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" in ") && !l.startsWith("    ") && !l.strip().equals("^"))
                .map(l -> l.replaceAll("\\s*\\(for .*\\)$", "").strip())
                .collect(Collectors.joining("; "));
    }
}
