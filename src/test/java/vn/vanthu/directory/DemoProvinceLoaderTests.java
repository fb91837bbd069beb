package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A second start-up on the same database finds everything in place and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoProvinceLoaderTests {

    @Autowired
    DemoProvinceLoader loader;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;

    @Test
    void loadingAgainChangesNothing() {
        List<Object> before = snapshot();

        assertThat(loader.load()).isZero();
        assertThat(loader.load()).isZero();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void loadingRepairsARowEditedByHandAndOnlyThatRow() {
        jdbc.update("update person set unit = 'X' where user_id = 'cv.stp'");
        assertThat(directory.person("cv.stp").orElseThrow().unit()).isEqualTo("X");

        assertThat(loader.load()).isEqualTo(1);

        assertThat(directory.person("cv.stp").orElseThrow().unit()).isEqualTo("XDKTVB");
    }

    private List<Object> snapshot() {
        return List.of(directory.agencies(),
                jdbc.queryForList("select * from person order by user_id"),
                identity.createUserQuery().count(),
                identity.createGroupQuery().count(),
                jdbc.queryForObject("select count(*) from act_id_membership", Long.class),
                authorizations.createAuthorizationQuery().count(),
                filters.createFilterQuery().count(),
                jdbc.queryForList("select id, kind, abbreviation from agency order by sort_order"));
    }
}
