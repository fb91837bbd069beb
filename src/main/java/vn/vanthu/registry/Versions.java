package vn.vanthu.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vanthu.platform.Sha256;
import vn.vanthu.platform.TransactionMemo;

/** The immutable versions of every document of a dispatch, with their PDFs and SHA-256 hashes. */
@Component
public class Versions {

    /** The parts of an input the văn thư fills in on issue; they do not count as content. */
    private static final List<String> FILLED_ON_ISSUE = List.of("number", "date", "mode");

    private final JdbcTemplate jdbc;
    private final ObjectMapper canonical;
    /** A step lists the dispatch's versions four times (decision, subject, labels, render): once per transaction. */
    private final TransactionMemo reads = new TransactionMemo();

    Versions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** Stores the next version of the dispatch (numbered across its documents) and returns it. */
    public StoredVersion store(UUID dispatchId, String kind, String step, String actor, String mode,
            Map<String, Object> input, byte[] pdf) {
        jdbc.queryForList("select id from dispatch where id = ? for update", dispatchId);
        Integer last = jdbc.queryForObject("select coalesce(max(version), 0) from dispatch_version where dispatch_id = ?",
                Integer.class, dispatchId);
        int version = last + 1;
        Instant now = Instant.now();
        String content = contentHash(input);
        String pdfHash = Sha256.hex(pdf);
        jdbc.update("insert into dispatch_version (dispatch_id, version, document_kind, step, actor, created_at, mode, "
                + "input, content_sha256, pdf, pdf_sha256) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
                dispatchId, version, kind, step, actor, Timestamp.from(now), mode, json(input), content, pdf, pdfHash);
        reads.forget("versions", dispatchId);
        return new StoredVersion(dispatchId, version, kind, step, actor, now, mode, content, pdfHash);
    }

    /** All versions of the dispatch, oldest first (no PDF bytes). */
    public List<StoredVersion> list(UUID dispatchId) {
        return reads.get("versions", dispatchId, () -> List.copyOf(jdbc.query("select dispatch_id, version, "
                + "document_kind, step, actor, created_at, mode, content_sha256, pdf_sha256 from dispatch_version "
                + "where dispatch_id = ? order by version", (rs, row) -> new StoredVersion(rs.getObject(1, UUID.class),
                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getString(7), rs.getString(8), rs.getString(9)), dispatchId)));
    }

    /** The version whose PDF has this SHA-256 (hex), in any dispatch: how an issued file is recognised. */
    public Optional<StoredVersion> withPdf(String pdfSha256) {
        return jdbc.query("select dispatch_id, version, document_kind, step, actor, created_at, mode, content_sha256, "
                + "pdf_sha256 from dispatch_version where pdf_sha256 = ? order by created_at limit 1", (rs, row) ->
                new StoredVersion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getString(9)), pdfSha256.toLowerCase(java.util.Locale.ROOT)).stream().findFirst();
    }

    /** The latest version of one document of the dispatch. */
    public Optional<StoredVersion> latest(UUID dispatchId, String kind) {
        return list(dispatchId).stream().filter(v -> v.documentKind().equals(kind)).reduce((a, b) -> b);
    }

    /** The last final version of the dispatch whose input carries this number: the one stored when it was given. */
    public java.util.OptionalInt numbered(UUID dispatchId, int number) {
        return jdbc.queryForList("select version from dispatch_version where dispatch_id = ? and mode = 'FINAL' and "
                + "input->>'number' = ? order by version desc limit 1", Integer.class, dispatchId,
                Integer.toString(number)).stream().mapToInt(Integer::intValue).findFirst();
    }

    /** The PDF of a version. */
    public Optional<byte[]> pdf(UUID dispatchId, int version) {
        return jdbc.query("select pdf from dispatch_version where dispatch_id = ? and version = ?",
                (rs, row) -> rs.getBytes(1), dispatchId, version).stream().findFirst();
    }

    /** The input a version was rendered from (the input format, docs/input-format.md). */
    public Optional<Map<String, Object>> input(UUID dispatchId, int version) {
        return jdbc.query("select input from dispatch_version where dispatch_id = ? and version = ?",
                (rs, row) -> parse(rs.getString(1)), dispatchId, version).stream().findFirst();
    }

    /** SHA-256 of the input with number, date and mode left out: equal for the signed and the issued text. */
    public String contentHash(Map<String, Object> input) {
        Map<String, Object> content = new HashMap<>(input);
        FILLED_ON_ISSUE.forEach(content::remove);
        return Sha256.hex(json(content).getBytes(StandardCharsets.UTF_8));
    }

    private String json(Map<String, Object> input) {
        try {
            return canonical.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String text) {
        try {
            return canonical.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
