package vn.vanthu.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.platform.HostileRequestsTests.Case;

/** The catalogue of {@link HostileRequestsTests}: what a hostile or careless caller sends, and what it must name. */
final class HostileBodies {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TEXT = List.of("summary", "symbol", "unit", "authorityLine", "proposal", "body",
            "type", "style", "mode", "issuer.place", "issuer.abbreviation", "signature.title", "signature.name",
            "distribution.archive", "distribution.drafter", "marks.circulation", "marks.urgency", "marks.secrecy");
    private static final List<String> LISTS = List.of("recipients", "bases", "distribution.recipients", "issuer.name",
            "issuer.parent", "issuer.contact", "signature.authority");
    private static final List<String> NUMBERS = List.of("number", "distribution.copies", "date.day", "date.month",
            "date.year");

    private HostileBodies() {
    }

    /** Every text, list and number field given a value of another kind: refused naming the field. */
    static void fieldsOfTheWrongKind(List<Case> all) {
        for (String field : TEXT) {
            for (Object value : new Object[] {12345, true, Map.of("a", 1), List.of(Map.of("x", 1))}) {
                all.add(create(field + " = " + value, field, value, field.replace(".", "\\.")));
            }
        }
        for (String field : LISTS) {
            for (Object value : new Object[] {5, true, Map.of("a", 1), List.of(1, 2), List.of(Map.of("x", 1)),
                List.of("x".repeat(2_500))}) {
                all.add(create(field + " = " + abbreviated(value), field, value, field.replace(".", "\\.")));
            }
        }
        for (String field : NUMBERS) {
            for (Object value : new Object[] {"abc", -1, 1e20, true, Map.of("a", 1)}) {
                all.add(create(field + " = " + value, field, value, field.replace(".", "\\.")));
            }
        }
        all.add(create("date.day = 32", "date.day", 32, "date"));
        all.add(create("date.month = 13", "date.month", 13, "date\\.month"));
        all.add(create("unknown key", "nmae", "x", "nmae"));
        all.add(create("unknown nested key", "issuer.nmae", "x", "issuer"));
        all.add(create("type unknown", "type", "cong-van-moi", "type"));
        all.add(create("control character", "summary", "trích yếu\u0007", "summary"));
        // what is the server's to set: the issuing body and the number
        all.add(create("another body as issuer", "issuer.name", List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"),
                "issuer\\.name"));
        all.add(create("another body's abbreviation", "issuer.abbreviation", "UBND", "issuer\\.abbreviation"));
        all.add(create("a number in a draft", "number", 5, "number"));
    }

    /** Sizes over every limit a clerk never meets: refused naming the limit or the field. */
    static void overTheLimits(List<Case> all) {
        all.add(create("summary over 1,000 characters", "summary", "a".repeat(1_001), "summary"));
        all.add(create("one paragraph over 20,000 characters", "body", "chữ ".repeat(5_001), "body"));
        all.add(create("body over 20,000 lines", "body", "dòng\n".repeat(20_001), "body"));
        all.add(create("201 recipients", "recipients", java.util.Collections.nCopies(201, "Sở Tư pháp"), "recipients"));
        all.add(create("header line over 100 characters", "issuer.place", "Đắk Lắk ".repeat(14), "issuer\\.place"));
        all.add(create("signer's title over 100 characters", "signature.title", "PHÓ ".repeat(26),
                "signature\\.title"));
        all.add(create("a word wider than the trích yếu's column", "summary", "x".repeat(300), "summary"));
        all.add(create("a word wider than Kính gửi's column", "recipients", List.of("Sở " + "y".repeat(120)),
                "recipients\\[0\\]"));
        all.add(create("31 appendices", "appendices", java.util.Collections.nCopies(31, Map.of("title", "Phụ lục",
                "body", "Nội dung.")), "appendices"));
        all.add(new Case("a body over the request limit", "POST", t -> "/api/dispatches",
                "{\"chain\":\"so-ban-hanh\",\"document\":{\"body\":\"" + "x".repeat(2_200_000) + "\"}}", JSON,
                "request-body"));
        all.add(new Case("a decision over the request limit", "POST", t -> "/api/tasks/" + t.task() + "/complete",
                "{\"decision\":\"submit\",\"comment\":\"" + "y".repeat(2_200_000) + "\"}", JSON, "request-body"));
    }

    /** JSON that is not JSON, or not what the endpoint reads, or sent as something else. */
    static void brokenJson(List<Case> all) {
        String[] broken = {"{", "}", "{\"chain\":", "{\"chain\": \"so-ban-hanh\",}", "{chain: 1}", "[1,2",
            "{\"chain\": NaN}", "{\"a\":1} {\"b\":2}", "/* comment */ {}", "{\"chain\": \"so-ban-hanh\"\n\"document\": {}}",
            "\"just a string\"", "{\"chain\":\"so-ban-hanh\",\"chain\":\"so-trinh-ubnd\"}", "[".repeat(3_000),
            "{\"document\": {\"summary\": \"a\", \"summary\": \"b\"}}", "\u0000\u0001"};
        for (String body : broken) {
            all.add(new Case("broken JSON " + abbreviated(body), "POST", t -> "/api/dispatches", body, JSON, null));
        }
        all.add(new Case("no JSON at all", "POST", t -> "/api/dispatches", "", JSON, null));
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            all.add(new Case("body sent as " + type, "POST", t -> "/api/dispatches", "{\"chain\":\"so-ban-hanh\"}", type,
                    null));
        }
        all.add(new Case("an array where an object is read", "POST", t -> "/api/dispatches", "[]", JSON, null));
        all.add(new Case("a chain nobody knows", "POST", t -> "/api/dispatches",
                json(Map.of("chain", "quy-trinh-khac", "document", Map.of())), JSON, "chain"));
        all.add(new Case("no chain", "POST", t -> "/api/dispatches", json(Map.of("document", Map.of())), JSON, "chain"));
        // no type and no trích yếu: both named, not a NullPointerException in the rules of the forms
        all.add(new Case("no document", "POST", t -> "/api/dispatches", json(Map.of("chain", "so-ban-hanh")), JSON,
                "\"type\".*\"summary\""));
        all.add(new Case("an empty document", "POST", t -> "/api/dispatches",
                json(Map.of("chain", "so-ban-hanh", "document", Map.of())), JSON, "\"type\".*\"summary\""));
    }

    /** Starts and decisions with the wrong parts: refused, the task and the draft unchanged. */
    static void startsAndDecisions(List<Case> all) {
        Object[][] starts = {{"consulted", "stp"}, {"consulted", List.of(5)}, {"consultationDays", "năm"},
            {"consultationDays", -1}, {"signer", List.of("gd.syt")}, {"signer", "khong.co"}, {"signer", "gd.stp"},
            {"consulted", Map.of("a", 1)}, {"signer", 42}, {"consultationDays", 1e12}, {"signer", "gd.syt\u0000"},
            {"consulted", List.of("stp\u0000")}};
        for (Object[] s : starts) {
            all.add(new Case("start with " + s[0] + " = " + s[1], "POST", t -> "/api/dispatches/" + t.draft() + "/start",
                    json(Map.of(String.valueOf(s[0]), s[1])), JSON, null));
        }
        Object[][] decisions = {{"decision", "approve"}, {"decision", "xoa"}, {"decision", 5}, {"decision", ""},
            {"versionSha256", "0000"}, {"version", "abc"}, {"version", -1}, {"version", 999_999},
            {"comment", "y".repeat(4_001)}, {"receptions", "tiếp thu"}, {"pin", Map.of("a", 1)},
            {"document", Map.of("summary", 5)}, {"document", "văn bản"}, {"signer", List.of()},
            {"decision", List.of("submit")}, {"document", Map.of()}, {"comment", "ý kiến\u0000"}};
        for (Object[] d : decisions) {
            Map<String, Object> body = new HashMap<>(Map.of("decision", "submit", "version", 1));
            body.put(String.valueOf(d[0]), d[1]);
            all.add(new Case("decide with " + d[0] + " = " + abbreviated(d[1]), "POST",
                    t -> "/api/tasks/" + t.task() + "/complete", json(body), JSON, null));
        }
        all.add(new Case("decide without a body", "POST", t -> "/api/tasks/" + t.task() + "/complete", null, JSON, null));
        all.add(new Case("edit with an empty document", "PUT", t -> "/api/dispatches/" + t.draft(), "{}", JSON,
                "\"type\".*\"summary\""));
        // U+0000, which no text column stores: named whichever field carries it, in JSON or YAML
        all.add(new Case("create in YAML with U+0000 in the signer", "POST", t -> "/api/dispatches",
                "chain: so-ban-hanh\ndocument: " + json(anyDraft()) + "\nstart: {signer: \"gd.syt\\0\"}\n",
                "application/yaml", "start\\.signer"));
        all.add(new Case("edit with a wrong field", "PUT", t -> "/api/dispatches/" + t.draft(),
                json(Map.of("summary", List.of(1))), JSON, "summary"));
        all.add(new Case("choose a language vanthu does not speak", "PUT", t -> "/api/me/language",
                json(Map.of("language", "fr")), JSON, "language"));
        all.add(new Case("choose a language that is a number", "PUT", t -> "/api/me/language",
                json(Map.of("language", 5)), JSON, null));
    }

    /** Ids that are not ids, ids of nothing, parameters of the wrong shape. */
    static void pathsAndParameters(List<Case> all) {
        String[][] gets = {{"/api/dispatches/not-a-uuid", null}, {"/api/dispatches/" + java.util.UUID.randomUUID(), "id"},
            {"/api/dispatches/%s/versions/abc/pdf", null}, {"/api/dispatches/%s/versions/999999/pdf", null},
            {"/api/dispatches/%s/versions/-1/changes", null}, {"/api/tasks/xyz/view", null},
            {"/api/tasks/" + java.util.UUID.randomUUID() + "/view", null},
            {"/api/register?agency=%27;drop%20table%20dispatch;--&year=2026", "agency"},
            {"/api/register?agency=syt&year=abcd", "year"}, {"/api/register?agency=syt&year=99999", "year"},
            {"/api/register.csv?agency=syt", "year"}, {"/api/register.pdf?year=2026", "agency"},
            {"/api/issued?from=2026-13-40", "from"}, {"/api/issued?from=2026-12-01&to=2026-01-01", "from"},
            {"/api/issued?agency=stp", null}, {"/api/issued?from=1990-01-01", "from"},
            {"/api/exchange/incoming?agency=syt&year=20x6", "year"}, {"/api/exchange/incoming/not-a-uuid", null},
            {"/api/exchange/incidents?agency=syt%00", "agency"}, {"/api/exchange/recipients/choices?agency=%00", "agency"},
            {"/api/issued?q=s%E1%BB%91%00", "\"q\""}};
        for (String[] g : gets) {
            all.add(new Case("GET " + g[0], "GET", t -> g[0].contains("%s") ? String.format(g[0], t.draft()) : g[0],
                    null, null, g[1]));
        }
        all.add(new Case("edit a dispatch that does not exist", "PUT", t -> "/api/dispatches/" + java.util.UUID.randomUUID(),
                json(anyDraft()), JSON, "id"));
        all.add(new Case("start a dispatch that does not exist", "POST",
                t -> "/api/dispatches/" + java.util.UUID.randomUUID() + "/start", "{}", JSON, "id"));
        all.add(new Case("verify nothing", "POST", t -> "/api/verify", null, "multipart/form-data; boundary=x", null));
        all.add(new Case("verify a file that is no PDF", "POST", t -> "/api/verify", multipart("không phải PDF"),
                "multipart/form-data; boundary=" + BOUNDARY, null));
        all.add(new Case("verify a file over 10 MB", "POST", t -> "/api/verify", multipart("%PDF-1.7\n" + "x".repeat(
                11 * 1024 * 1024)), "multipart/form-data; boundary=" + BOUNDARY, null));
        all.add(new Case("delete a dispatch", "DELETE", t -> "/api/dispatches/" + t.draft(), null, null, null));
    }

    private static final String BOUNDARY = "vanthu-hostile";

    private static String multipart(String file) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vb.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + file + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private static Map<String, Object> anyDraft() {
        return vn.vanthu.support.Drafts.congVan("không có");
    }

    private static Case create(String name, String field, Object value, String names) {
        return new Case("create with " + name, "POST", t -> "/api/dispatches", HostileRequestsTests.create(field, value),
                JSON, names);
    }

    /** Puts a value at a dotted path of a nested map ("issuer.place"), creating the objects on the way. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> map, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = map;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.get(parts[i]);
            Map<String, Object> copy = next instanceof Map<?, ?> m ? new HashMap<>((Map<String, Object>) m) : new HashMap<>();
            at.put(parts[i], copy);
            at = copy;
        }
        at.put(parts[parts.length - 1], value);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }
}
