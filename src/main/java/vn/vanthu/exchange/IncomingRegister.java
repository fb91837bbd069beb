package vn.vanthu.exchange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sổ văn bản đến's numbers: one series per agency and year, bumped by an upsert that holds the
 * counter row's lock until the caller's transaction ends — the approach of the outgoing register
 * (numbering.JdbcRegister): numbers in order, no duplicate, and a rolled-back registration gives its
 * number back, so the series has no gap.
 */
@Repository
class IncomingRegister {

    private final JdbcTemplate jdbc;

    IncomingRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next số đến of the agency's year; MANDATORY so it commits with the entry that carries it. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String agencyId, int year) {
        Integer number = jdbc.queryForObject("""
                insert into incoming_register_counter (agency_id, year, last_number) values (?, ?, 1)
                on conflict (agency_id, year) do update set last_number = incoming_register_counter.last_number + 1
                returning last_number""", Integer.class, agencyId, year);
        return number == null ? 0 : number;
    }
}
