package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every column that holds a PDF or an edXML package is stored out of line without PostgreSQL's compression
 * (V19): pglz gains almost nothing on deflated PDFs and their base64, and cost the chain ~95 ms of the
 * database's CPU per dispatch (docs/BENCHMARKS.md). A new table of PDFs must say the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PdfStorageTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyByteaColumnIsStoredExternalUncompressed() {
        List<String> columns = jdbc.queryForList("""
                select c.relname || '.' || a.attname || ' ' || a.attstorage::text from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                  and a.atttypid = 'bytea'::regtype and c.relname not like 'act\\_%'
                order by 1""", String.class);
        // a PDF sent or received is kept once (V20–V22): outbox_pdf, incoming_pdf
        assertThat(columns).containsExactly("dispatch_version.pdf e", "incoming_document.package e",
                "incoming_pdf.pdf e", "outbox_message.payload e", "outbox_pdf.pdf e");
    }
}
