package vn.vanthu.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Dispatch cases in PostgreSQL; saving checks the lock version so two writers cannot overwrite each other. */
@Repository
class DispatchStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final String COLUMNS = "id, agency_id, drafter, chain, state, document, submission, "
            + "process_instance_id, issued_symbol, issued_on, created_at, lock_version";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json;

    DispatchStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
    }

    void insert(DispatchCase c) {
        jdbc.update("insert into dispatch (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, 0, now())",
                c.id(), c.agencyId(), c.drafter(), c.chain(), c.state().name(), write(c.document()),
                write(c.submission()), c.processInstanceId(), c.issuedSymbol(),
                c.issuedOn() == null ? null : Date.valueOf(c.issuedOn()), Timestamp.from(c.createdAt()));
    }

    void update(DispatchCase c) {
        int rows = jdbc.update("update dispatch set state = ?, document = ?::jsonb, submission = ?::jsonb, "
                + "process_instance_id = ?, issued_symbol = ?, issued_on = ?, updated_at = now(), "
                + "lock_version = lock_version + 1 where id = ? and lock_version = ?",
                c.state().name(), write(c.document()), write(c.submission()), c.processInstanceId(),
                c.issuedSymbol(), c.issuedOn() == null ? null : Date.valueOf(c.issuedOn()), c.id(), c.lockVersion());
        if (rows != 1) {
            throw new OptimisticLockingFailureException("dispatch " + c.id() + " was changed by someone else");
        }
        c.saved();
    }

    Optional<DispatchCase> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from dispatch where id = ?", this::read, id).stream().findFirst();
    }

    /** Drafted by the agencies, consulted with them, or — for UBND tỉnh — submitted to it. */
    private static final String VISIBLE = "(d.agency_id in (:agencies) "
            + "or exists (select 1 from consultation c where c.dispatch_id = d.id and c.agency_id in (:agencies)) "
            + "or (:ubnd and d.chain = :chain and d.state in ('SUBMITTED', 'AWAITING_UBND_SIGNATURE', 'SIGNED', 'ISSUED')))";

    /** The dispatches these agencies may see, newest first. */
    List<DispatchCase> visibleTo(Collection<String> agencies, boolean provincialCommittee) {
        return named.query("select " + COLUMNS + " from dispatch d where " + VISIBLE + " order by d.created_at desc",
                visibility(agencies, provincialCommittee), this::read);
    }

    /** Whether these agencies may see one dispatch. */
    boolean visibleTo(UUID id, Collection<String> agencies, boolean provincialCommittee) {
        return Boolean.TRUE.equals(named.queryForObject("select exists (select 1 from dispatch d where d.id = :id and "
                + VISIBLE + ")", visibility(agencies, provincialCommittee).addValue("id", id), Boolean.class));
    }

    private static MapSqlParameterSource visibility(Collection<String> agencies, boolean provincialCommittee) {
        return new MapSqlParameterSource("agencies", agencies).addValue("ubnd", provincialCommittee)
                .addValue("chain", Chains.SO_TRINH_UBND);
    }

    private DispatchCase read(ResultSet rs, int row) throws SQLException {
        Date issuedOn = rs.getDate("issued_on");
        Timestamp created = rs.getTimestamp("created_at");
        return new DispatchCase(rs.getObject("id", UUID.class), rs.getString("agency_id"), rs.getString("drafter"),
                rs.getString("chain"), created == null ? Instant.now() : created.toInstant(),
                DispatchState.valueOf(rs.getString("state")), parse(rs.getString("document")),
                parse(rs.getString("submission")), rs.getString("process_instance_id"), rs.getString("issued_symbol"),
                issuedOn == null ? null : issuedOn.toLocalDate(), rs.getInt("lock_version"));
    }

    private String write(Map<String, Object> map) {
        try {
            return map == null ? null : json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String text) {
        try {
            return text == null ? null : json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
