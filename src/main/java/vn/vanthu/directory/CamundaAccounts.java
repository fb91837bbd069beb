package vn.vanthu.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Camunda users and groups for the directory: each agency is a group of everyone in it, each role of
 * each agency a group "<agency>-<role group>" (the candidate groups of the chain's tasks), plus the
 * administrator "admin" in camunda-admin. Only what is missing is created, so a restart changes nothing.
 */
@Component
class CamundaAccounts {

    static final String ADMIN = "admin";

    private static final Map<String, String> ROLE_GROUP_NAMES = Map.of(
            "chuyenvien", "Chuyên viên", "truongphong", "Trưởng phòng", "lanhdao", "Lãnh đạo",
            "chanhvanphong", "Chánh Văn phòng", "vanthu", "Văn thư");

    private final IdentityService identity;

    CamundaAccounts(IdentityService identity) {
        this.identity = identity;
    }

    /** Creates the missing groups, users and memberships; returns how many things it created. */
    int save(List<Agency> agencies, List<Person> people) {
        int created = 0;
        Map<String, String> groups = new LinkedHashMap<>();
        for (Agency agency : agencies) {
            groups.put(agency.id(), agency.shortName());
        }
        for (Person person : people) {
            String agencyName = groups.getOrDefault(person.agencyId(), person.agencyId());
            String roleGroup = person.role().groupOf(person.agencyId());
            groups.putIfAbsent(roleGroup, ROLE_GROUP_NAMES.get(person.role().group()) + " – " + agencyName);
        }
        for (Map.Entry<String, String> group : groups.entrySet()) {
            created += group(group.getKey(), group.getValue(), Groups.GROUP_TYPE_WORKFLOW);
        }
        for (Person person : people) {
            created += user(person.userId(), person.fullName(), DemoPeople.PASSWORD);
            created += membership(person.userId(), person.agencyId());
            created += membership(person.userId(), person.role().groupOf(person.agencyId()));
        }
        created += group(Groups.CAMUNDA_ADMIN, "Quản trị Camunda", Groups.GROUP_TYPE_SYSTEM);
        created += user(ADMIN, "Quản trị hệ thống", ADMIN);
        created += membership(ADMIN, Groups.CAMUNDA_ADMIN);
        return created;
    }

    private int group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return 0;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        return 1;
    }

    private int user(String id, String fullName, String password) {
        // an existing user keeps the password it may have been given in Camunda Admin
        if (identity.createUserQuery().userId(id).count() > 0) {
            return 0;
        }
        User user = identity.newUser(id);
        // the Camunda webapps print "first last": the family and middle names go first, as in Vietnamese
        int space = fullName.lastIndexOf(' ');
        user.setFirstName(space < 0 ? fullName : fullName.substring(0, space));
        user.setLastName(space < 0 ? "" : fullName.substring(space + 1));
        user.setEmail(id + "@daklak.gov.vn");
        user.setPassword(password);
        identity.saveUser(user);
        return 1;
    }

    private int membership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
            return 0;
        }
        identity.createMembership(userId, groupId);
        return 1;
    }
}
