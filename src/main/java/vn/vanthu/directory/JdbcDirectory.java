package vn.vanthu.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The directory read from the app tables {@code agency} and {@code person} (V3__directory.sql). */
@Component
class JdbcDirectory implements Directory {

    private static final String AGENCY_COLUMNS =
            "select id, kind, name_lines, parent_lines, abbreviation, place, address, parent_id, short_name";
    private static final String PERSON_COLUMNS = "select user_id, full_name, agency_id, role, unit, cleared from person";

    private static final RowMapper<Agency> AGENCY = (rs, row) -> new Agency(rs.getString("id"),
            Agency.Kind.valueOf(rs.getString("kind")), lines(rs, "name_lines"), lines(rs, "parent_lines"),
            rs.getString("abbreviation"), rs.getString("place"), lines(rs, "address"), rs.getString("parent_id"),
            rs.getString("short_name"));

    private static final RowMapper<Person> PERSON = (rs, row) -> new Person(rs.getString("user_id"),
            rs.getString("full_name"), rs.getString("agency_id"), Role.valueOf(rs.getString("role")),
            rs.getString("unit"), rs.getBoolean("cleared"));

    private final JdbcTemplate jdbc;
    private final TransactionReads reads;

    JdbcDirectory(JdbcTemplate jdbc, TransactionReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    @Override
    public List<Agency> agencies() {
        // each one answers a later question about it, or its mã định danh, in the same transaction: resolving a
        // Nơi nhận reads the list, then an agency and its mã định danh for every line mapped to one
        return jdbc.query(AGENCY_COLUMNS + ", organ_id from agency order by sort_order, id", (rs, row) -> {
            Agency a = AGENCY.mapRow(rs, row);
            reads.remember("agency", a.id(), Optional.of(a));
            String organId = rs.getString("organ_id");
            if (organId != null) {
                reads.remember(TransactionReads.ORGAN_ID, a.id(), Optional.of(organId));
            }
            return a;
        });
    }

    @Override
    public Optional<Agency> agency(String id) {
        return reads.get("agency", id,
                () -> jdbc.query(AGENCY_COLUMNS + " from agency where id = ?", AGENCY, id).stream().findFirst());
    }

    @Override
    public Optional<Person> person(String userId) {
        return reads.get("person", userId,
                () -> jdbc.query(PERSON_COLUMNS + " where user_id = ?", PERSON, userId).stream().findFirst());
    }

    @Override
    public List<Person> people(String agencyId, Role role) {
        return reads.get("people", List.of(agencyId, role), () -> List.copyOf(jdbc.query(
                PERSON_COLUMNS + " where agency_id = ? and role = ? order by user_id", PERSON, agencyId, role.name())));
    }

    @Override
    public String provincialCommittee() {
        return DemoAgencies.UBND;
    }

    private static List<String> lines(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
