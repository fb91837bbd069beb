package vn.vanthu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.Step;

/**
 * OwnTask answers what Camunda's task queries answer (assigned to the user, or not taken and offered to them
 * or their groups), asked as each demo user with the engine's authorizations on, for tasks in every state a
 * task of the chain can be in.
 */
// the same context as every other engine test: a second one would register its own engine as "default" in
// Camunda's static registry, and the webapps of the cached context would then read that engine's tables
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnTaskTests {

    private static final List<String> USERS = List.of("gd.stp", "pgd.stp", "cv.stp", "tp.stp", "gd.syt", "cv.ubnd",
            "vt.ubnd", "nobody");

    @Autowired
    TaskService tasks;
    @Autowired
    ChainDriver driver;

    private final List<String> made = new ArrayList<>();

    @Test
    void answersAsCamundasQueriesForEveryUserAndEveryKindOfTask() {
        List<String> ids = List.of(
                task(null, List.of("stp-lanhdao"), List.of()),          // offered to a group
                task(null, List.of("stp-lanhdao", "syt-lanhdao"), List.of()),
                task("gd.stp", List.of("stp-lanhdao"), List.of()),      // taken by one of the group
                task(null, List.of(), List.of("cv.ubnd")),              // offered to one person
                task("vt.ubnd", List.of(), List.of()),                  // assigned
                task(null, List.of(), List.of()),                       // offered to no one
                task(null, List.of("ubnd-vanthu"), List.of("gd.stp")));
        int yes = 0;
        for (String id : ids) {
            for (String user : USERS) {
                Task camunda = driver.as(user, () -> {
                    Task t = tasks.createTaskQuery().taskId(id).taskAssignee(user).singleResult();
                    return t != null ? t : tasks.createTaskQuery().taskId(id).taskCandidateUser(user).singleResult();
                });
                Task ours = driver.as(user, () -> OwnTask.find(id, user, tasks));
                assertThat(ours == null ? null : ours.getId()).as("task %s for %s", id, user)
                        .isEqualTo(camunda == null ? null : camunda.getId());
                yes += ours == null ? 0 : 1;
            }
        }
        assertThat(yes).as("yes: 2 + 3 + 1 + 1 + 1 + 0 + 2").isEqualTo(10);
        assertThat(OwnTask.find("no-such-task", "gd.stp", tasks)).isNull();
    }

    @Test
    void whenProcessesAreNamedATaskOfAnotherOrOfNoneIsNotOffered() {
        String standalone = task("gd.stp", List.of(), List.of());
        assertThat(OwnTask.find(standalone, "gd.stp", tasks)).isNotNull();
        assertThat(OwnTask.find(standalone, "gd.stp", tasks, "tiep-nhan-van-ban-den")).isNull();

        UUID id = driver.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("Về việc thử quyền theo quy trình"));
        String instance = driver.start("cv.sldtbxh", id);
        String drafting = driver.task(instance, Step.SOAN_THAO).getId();
        assertThat(OwnTask.find(drafting, "cv.sldtbxh", tasks)).isNotNull();
        assertThat(OwnTask.find(drafting, "cv.sldtbxh", tasks, "so-trinh-ubnd")).isNotNull();
        assertThat(OwnTask.find(drafting, "cv.sldtbxh", tasks, "tiep-nhan-van-ban-den", "thu-hoi-van-ban-den"))
                .isNull();
    }

    private String task(String assignee, List<String> groups, List<String> users) {
        Task task = tasks.newTask();
        task.setName("thử quyền");
        tasks.saveTask(task);
        made.add(task.getId());
        groups.forEach(g -> tasks.addCandidateGroup(task.getId(), g));
        users.forEach(u -> tasks.addCandidateUser(task.getId(), u));
        if (assignee != null) {
            tasks.setAssignee(task.getId(), assignee);
        }
        return task.getId();
    }

    @AfterEach
    void delete() {
        made.forEach(id -> tasks.deleteTask(id, true));
    }
}
