package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every demo login works, sits in its agency and role groups, and sees only its own tasks. No test here
 * tries a wrong password on a demo user: Camunda then locks that user for a few seconds, which would
 * fail the next test of the shared context that logs in as them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityTests {

    @Autowired
    Directory directory;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void everyDemoUserLogsInWithDemoAndIsInTheGroupsOfAgencyAndRole() {
        List<Person> everyone = directory.agencies().stream()
                .flatMap(a -> EnumSet.allOf(Role.class).stream().flatMap(r -> directory.people(a.id(), r).stream()))
                .toList();

        assertThat(everyone).hasSizeGreaterThanOrEqualTo(30);
        assertThat(everyone).allSatisfy(p -> {
            assertThat(identity.checkPassword(p.userId(), "demo")).as(p.userId()).isTrue();
            assertThat(groups(p.userId())).as(p.userId())
                    .containsExactlyInAnyOrder(p.agencyId(), p.role().groupOf(p.agencyId()));
        });
    }

    @Test
    void leadersOfAnAgencyShareTheLanhDaoGroup() {
        assertThat(members("sldtbxh-lanhdao")).containsExactlyInAnyOrder("gd.sldtbxh", "pgd.sldtbxh");
        assertThat(members("ubnd-lanhdao")).containsExactlyInAnyOrder("ct.ubnd", "pct.ubnd");
        assertThat(members("ubnd-chanhvanphong")).containsExactly("cvp.ubnd");
        assertThat(members("sldtbxh-chuyenvien")).containsExactly("cv.sldtbxh");
        assertThat(members("stp")).containsExactlyInAnyOrder("cv.stp", "tp.stp", "gd.stp", "pgd.stp", "vt.stp");
        assertThat(identity.createUserQuery().userId("cv.sldtbxh").singleResult())
                .satisfies(u -> assertThat(u.getFirstName() + " " + u.getLastName()).isEqualTo("Phan Thị Mỹ Linh"));
    }

    @Test
    void adminIsTheCamundaAdministrator() {
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        assertThat(groups("admin")).contains("camunda-admin");
        assertThat(authorizations.isUserAuthorized("admin", groups("admin"), Permissions.ACCESS,
                Resources.APPLICATION, "admin")).isTrue();
    }

    @Test
    void demoUsersOpenTheTasklistOnly() {
        for (String user : List.of("cv.sldtbxh", "gd.stp", "ct.ubnd", "vt.ubnd")) {
            assertThat(authorized(user, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as(user).isTrue();
            assertThat(authorized(user, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as(user).isFalse();
            assertThat(authorized(user, Permissions.ACCESS, Resources.APPLICATION, "admin")).as(user).isFalse();
            assertThat(authorized(user, Permissions.READ, Resources.TASK, "any-task")).as(user).isFalse();
        }
        assertThat(authorized("cv.sldtbxh", Permissions.CREATE, Resources.PROCESS_INSTANCE, null)).isTrue();
        assertThat(authorized("tp.sldtbxh", Permissions.CREATE, Resources.PROCESS_INSTANCE, null)).isFalse();
        // both chains are a Sở's: Văn phòng UBND's chuyên viên reviews them and starts none (it would stall
        // at a trưởng phòng UBND does not have)
        var createInstance = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
        assertThat(authorized("cv.sldtbxh", createInstance, Resources.PROCESS_DEFINITION, "so-ban-hanh")).isTrue();
        assertThat(authorized("cv.ubnd", createInstance, Resources.PROCESS_DEFINITION, "so-ban-hanh")).isFalse();
    }

    @Test
    void aDemoUserReadsTheirOwnProfileAndGroupsAsTheTasklistDoes() {
        as("cv.sldtbxh");

        assertThat(identity.createUserQuery().userId("cv.sldtbxh").count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().groupMember("cv.sldtbxh").list()).extracting(Group::getName)
                .containsExactlyInAnyOrder("Sở Lao động – Thương binh và Xã hội",
                        "Chuyên viên – Sở Lao động – Thương binh và Xã hội");
    }

    @Test
    void everyDemoUserReadsTheTasklistFilters() {
        for (String user : List.of("cv.sldtbxh", "vt.ubnd")) {
            identity.setAuthentication(user, groups(user));
            assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                    .contains("Tất cả công việc", TasklistAccess.MY_TASKS, TasklistAccess.GROUP_TASKS);
            identity.clearAuthentication();
        }
    }

    @Test
    void aTaskForStpTruongPhongIsSeenAndDoneByThemAloneWhileTheChuyenVienWhoStartedItSeesNothing() {
        Deployment deployment = repository.createDeployment().name("directory-tests")
                .addModelInstance("directory-tests.bpmn", Bpmn.createExecutableProcess("directory-tests")
                        .camundaHistoryTimeToLive(1).startEvent()
                        .userTask("stp-duyet").name("Sở Tư pháp thẩm định").camundaCandidateGroups("stp-truongphong")
                        .endEvent().done())
                .deploy();
        try {
            as("vt.sldtbxh");
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("directory-tests"))
                    .isInstanceOf(AuthorizationException.class);

            as("cv.sldtbxh");
            String instance = runtime.startProcessInstanceByKey("directory-tests").getId();
            assertThat(tasks.createTaskQuery().processInstanceId(instance).list()).isEmpty();

            for (String outsider : List.of("tp.sldtbxh", "gd.stp", "cv.stp", "cv.ubnd")) {
                as(outsider);
                assertThat(tasks.createTaskQuery().processInstanceId(instance).list()).as(outsider).isEmpty();
            }

            as("tp.stp");
            List<Task> seen = tasks.createTaskQuery().processInstanceId(instance).list();
            assertThat(seen).extracting(Task::getName).containsExactly("Sở Tư pháp thẩm định");
            Filter groupTasks = filters.createFilterQuery().filterName(TasklistAccess.GROUP_TASKS).singleResult();
            assertThat(filters.<Task>list(groupTasks.getId())).extracting(Task::getId).contains(seen.get(0).getId());

            as("cv.sldtbxh");
            assertThatThrownBy(() -> tasks.complete(seen.get(0).getId())).isInstanceOf(AuthorizationException.class);

            as("tp.stp");
            tasks.complete(seen.get(0).getId());
            identity.clearAuthentication();
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        } finally {
            identity.clearAuthentication();
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private void as(String user) {
        identity.clearAuthentication();
        identity.setAuthentication(user, groups(user));
    }

    private boolean authorized(String user, org.camunda.bpm.engine.authorization.Permission permission,
            Resources resource, String resourceId) {
        return resourceId == null
                ? authorizations.isUserAuthorized(user, groups(user), permission, resource)
                : authorizations.isUserAuthorized(user, groups(user), permission, resource, resourceId);
    }

    private List<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream().map(u -> u.getId()).toList();
    }
}
