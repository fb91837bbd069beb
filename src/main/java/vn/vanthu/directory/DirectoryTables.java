package vn.vanthu.directory;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes agencies and people into the app tables, as an upsert so that a restart neither fails nor duplicates. */
@Component
class DirectoryTables {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionReads reads;

    DirectoryTables(JdbcTemplate jdbc, TransactionTemplate transaction, TransactionReads reads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reads = reads;
    }

    /** Inserts what is missing and brings changed rows in line; returns the rows actually written. */
    int save(List<Agency> agencies, List<Person> people) {
        Integer written = transaction.execute(status -> {
            int rows = 0;
            for (int i = 0; i < agencies.size(); i++) {
                rows += saveAgency(agencies.get(i), i);
            }
            for (Person person : people) {
                rows += savePerson(person);
            }
            // this transaction may have read the rows just written
            reads.forgetAll();
            return rows;
        });
        return written == null ? 0 : written;
    }

    private int saveAgency(Agency a, int order) {
        // "is distinct from" keeps an unchanged row untouched, so the count tells what a restart changed
        return jdbc.update("""
                insert into agency (id, kind, name_lines, parent_lines, abbreviation, place, address, parent_id,
                                    short_name, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set kind = excluded.kind, name_lines = excluded.name_lines,
                    parent_lines = excluded.parent_lines, abbreviation = excluded.abbreviation,
                    place = excluded.place, address = excluded.address, parent_id = excluded.parent_id,
                    short_name = excluded.short_name, sort_order = excluded.sort_order
                where (agency.kind, agency.name_lines, agency.parent_lines, agency.abbreviation, agency.place,
                       agency.address, agency.parent_id, agency.short_name, agency.sort_order)
                      is distinct from
                      (excluded.kind, excluded.name_lines, excluded.parent_lines, excluded.abbreviation,
                       excluded.place, excluded.address, excluded.parent_id, excluded.short_name,
                       excluded.sort_order)
                """, a.id(), a.kind().name(), array(a.nameLines()), array(a.parentLines()), a.abbreviation(),
                a.place(), array(a.address()), a.parentId(), a.shortName(), order);
    }

    private int savePerson(Person p) {
        return jdbc.update("""
                insert into person (user_id, full_name, agency_id, role, unit, cleared) values (?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set full_name = excluded.full_name,
                    agency_id = excluded.agency_id, role = excluded.role, unit = excluded.unit,
                    cleared = excluded.cleared
                where (person.full_name, person.agency_id, person.role, person.unit, person.cleared)
                      is distinct from (excluded.full_name, excluded.agency_id, excluded.role, excluded.unit,
                                        excluded.cleared)
                """, p.userId(), p.fullName(), p.agencyId(), p.role().name(), p.unit(), p.cleared());
    }

    private static String[] array(List<String> lines) {
        return lines.toArray(String[]::new);
    }
}
