package vn.vanthu.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The address book read from V15's columns and tables. */
@Component
class JdbcAddressBook implements AddressBook {

    private static final TypeReference<List<RecipientMapping.Target>> TARGETS = new TypeReference<>() { };
    private static final RowMapper<ExternalAgency> EXTERNAL = (rs, row) -> new ExternalAgency(rs.getString("organ_id"),
            rs.getString("name"), rs.getString("email"), rs.getString("address"));

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ObjectMapper json;
    private final TransactionReads reads;

    JdbcAddressBook(JdbcTemplate jdbc, Directory directory, ObjectMapper json, TransactionReads reads) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.json = json;
        this.reads = reads;
    }

    @Override
    public Optional<String> organId(String agencyId) {
        return reads.get(TransactionReads.ORGAN_ID, agencyId, () -> jdbc.queryForList(
                "select organ_id from agency where id = ? and organ_id is not null", String.class, agencyId).stream()
                .findFirst());
    }

    @Override
    public Optional<Agency> agencyWithOrganId(String organId) {
        return reads.get("agency with organ id", organId, () -> jdbc.queryForList(
                "select id from agency where organ_id = ?", String.class, organId).stream().findFirst())
                .flatMap(directory::agency);
    }

    @Override
    public Optional<String> email(String userId) {
        return jdbc.queryForList("select email from person where user_id = ? and email is not null", String.class,
                userId).stream().findFirst();
    }

    @Override
    public List<ExternalAgency> externalAgencies() {
        return jdbc.query("select organ_id, name, email, address from external_agency order by sort_order, organ_id",
                EXTERNAL);
    }

    @Override
    public Optional<ExternalAgency> externalAgency(String organId) {
        return jdbc.query("select organ_id, name, email, address from external_agency where organ_id = ?", EXTERNAL,
                organId).stream().findFirst();
    }

    @Override
    public Optional<RecipientMapping> mapping(String agencyId, String line) {
        return jdbc.query("select agency_id, text, targets, mapped_by from recipient_mapping "
                + "where agency_id = ? and text_key = ?", (rs, row) -> new RecipientMapping(rs.getString(1),
                rs.getString(2), read(rs.getString(3)), rs.getString(4)), agencyId, AddressBook.fold(line))
                .stream().findFirst();
    }

    @Override
    public void remember(RecipientMapping m) {
        jdbc.update("""
                insert into recipient_mapping (agency_id, text_key, text, targets, mapped_by, mapped_at)
                values (?, ?, ?, ?::jsonb, ?, now())
                on conflict (agency_id, text_key) do update set targets = excluded.targets,
                    mapped_by = excluded.mapped_by, mapped_at = excluded.mapped_at
                """, m.agencyId(), AddressBook.fold(m.text()), m.text().strip(), write(m.targets()), m.mappedBy());
    }

    private List<RecipientMapping.Target> read(String text) {
        try {
            return json.readValue(text, TARGETS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recipient_mapping.targets is not the JSON this class writes", e);
        }
    }

    private String write(List<RecipientMapping.Target> targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
