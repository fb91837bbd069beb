package vn.vanthu.numbering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register in PostgreSQL: a counter row per issuer, year and series, bumped by an upsert that
 * holds the row's lock until the caller's transaction ends, so numbers are handed out one after
 * another and a rolled-back issue takes its number back with it.
 */
@Repository
class JdbcRegister implements Register {

    private static final String NEXT_NUMBER = """
            insert into register_counter (issuer, year, series, last_number) values (?, ?, ?, 1)
            on conflict (issuer, year, series) do update set last_number = register_counter.last_number + 1
            returning last_number""";

    private static final String INSERT_ENTRY = """
            insert into register_entry (issuer, year, series, number, symbol, issued_on, summary, signer,
                recipients, dispatch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECT_ENTRIES = """
            select issuer, year, series, number, symbol, issued_on, summary, signer, recipients, dispatch_id
            from register_entry where issuer = ? and year = ? order by series = 'CONFIDENTIAL', number""";

    private final JdbcTemplate jdbc;

    JdbcRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * MANDATORY, not REQUIRED: the number must commit together with whatever records the document as
     * issued (the BPMN step's engine transaction, the dispatch row). Run on its own, the counter's
     * lock would be released and the number committed while the caller could still fail, leaving a
     * number in the register that no issued document carries — the gap Điều 15 forbids.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public RegisterEntry issue(NewEntry entry) {
        validate(entry);
        int year = entry.issuedOn().getYear();
        Integer number = jdbc.queryForObject(NEXT_NUMBER, Integer.class, entry.issuerId(), year,
                entry.series().name());
        jdbc.update(INSERT_ENTRY, entry.issuerId(), year, entry.series().name(), number, entry.symbol(),
                entry.issuedOn(), entry.summary(), entry.signer(), entry.recipients(), entry.dispatchId());
        return new RegisterEntry(entry.issuerId(), year, entry.series(), number, entry.symbol(), entry.issuedOn(),
                entry.summary(), entry.signer(), entry.recipients(), entry.dispatchId());
    }

    /** Ordinary series first (the register people read), then the confidential one, each in number order. */
    @Override
    @Transactional(readOnly = true)
    public List<RegisterEntry> entries(String issuerId, int year) {
        return jdbc.query(SELECT_ENTRIES, JdbcRegister::entry, issuerId, year);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterEntry> ofDispatch(UUID dispatchId) {
        return jdbc.query("select issuer, year, series, number, symbol, issued_on, summary, signer, recipients, "
                + "dispatch_id from register_entry where dispatch_id = ? order by registered_at", JdbcRegister::entry,
                dispatchId);
    }

    private static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        return new RegisterEntry(rs.getString("issuer"), rs.getInt("year"), Series.valueOf(rs.getString("series")),
                rs.getInt("number"), rs.getString("symbol"), rs.getObject("issued_on", java.time.LocalDate.class),
                rs.getString("summary"), rs.getString("signer"), rs.getString("recipients"),
                rs.getObject("dispatch_id", UUID.class));
    }

    private static void validate(NewEntry entry) {
        if (entry.issuerId() == null || entry.issuerId().isBlank()) {
            throw new InvalidEntry("issuerId", "the issuing agency is missing");
        }
        if (entry.series() == null) {
            throw new InvalidEntry("series", "the series (ORDINARY or CONFIDENTIAL) is missing");
        }
        if (entry.issuedOn() == null) {
            throw new InvalidEntry("issuedOn", "the issue date is missing; its year picks the register");
        }
        if (entry.symbol() == null || entry.symbol().isBlank()) {
            throw new InvalidEntry("symbol", "the ký hiệu is missing");
        }
        if (entry.symbol().chars().anyMatch(Character::isWhitespace) || entry.symbol().contains("/")) {
            throw new InvalidEntry("symbol", "the ký hiệu goes after the slash and has no spaces (PL I, II.3.c)");
        }
        if (entry.summary() == null || entry.summary().isBlank()) {
            throw new InvalidEntry("summary", "the trích yếu is missing");
        }
    }
}
