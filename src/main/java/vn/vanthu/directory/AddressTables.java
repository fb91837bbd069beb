package vn.vanthu.directory;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the demo exchange addresses (V15__exchange_directory.sql) the way DirectoryTables writes the rest. */
@Component
class AddressTables {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AddressTables(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Brings organ ids, e-mails and external agencies in line; returns the rows actually written. */
    int save(Map<String, String> organIds, List<Person> people, List<ExternalAgency> external) {
        Integer written = transaction.execute(status -> {
            int rows = 0;
            for (Map.Entry<String, String> id : organIds.entrySet()) {
                rows += jdbc.update("update agency set organ_id = ? where id = ? and organ_id is distinct from ?",
                        id.getValue(), id.getKey(), id.getValue());
            }
            for (Person p : people) {
                String email = DemoAddresses.email(p);
                rows += jdbc.update("update person set email = ? where user_id = ? and email is distinct from ?",
                        email, p.userId(), email);
            }
            for (int i = 0; i < external.size(); i++) {
                ExternalAgency e = external.get(i);
                rows += jdbc.update("""
                        insert into external_agency (organ_id, name, email, address, sort_order) values (?, ?, ?, ?, ?)
                        on conflict (organ_id) do update set name = excluded.name, email = excluded.email,
                            address = excluded.address, sort_order = excluded.sort_order
                        where (external_agency.name, external_agency.email, external_agency.address,
                               external_agency.sort_order) is distinct from
                              (excluded.name, excluded.email, excluded.address, excluded.sort_order)
                        """, e.organId(), e.name(), e.email(), e.address(), i);
            }
            return rows;
        });
        return written == null ? 0 : written;
    }
}
