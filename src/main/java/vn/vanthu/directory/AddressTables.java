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
    private final TransactionReads reads;
    private final AddressBook addressBook;

    AddressTables(JdbcTemplate jdbc, TransactionTemplate transaction, AddressBook addressBook,
            TransactionReads reads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reads = reads;
        this.addressBook = addressBook;
    }

    /** Brings organ ids, e-mails, external agencies and the group lines in line; returns the rows written. */
    int save(Map<String, String> organIds, List<Person> people, List<ExternalAgency> external,
            List<RecipientMapping> mappings) {
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
            // a mapping the văn thư has changed since stays theirs: only missing lines are added
            for (RecipientMapping m : mappings) {
                if (addressBook.mapping(m.agencyId(), m.text()).isEmpty()) {
                    addressBook.remember(m);
                    rows++;
                }
            }
            // this transaction may have read the rows just written
            reads.forgetAll();
            return rows;
        });
        return written == null ? 0 : written;
    }
}
