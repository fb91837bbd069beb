package vn.vanthu.platform;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * A task the user may decide: assigned to them, or not taken by anyone and offered to them or to one of their
 * groups. These are the answers of Camunda's {@code taskAssignee} and {@code taskCandidateUser} queries (the
 * groups read the same way, from the engine's identity provider), found from the task's row and its identity
 * links. Camunda's task query builds its SQL through OGNL on each call, some forty conditions and the
 * authorization check: asked twice per decision, 7–9 % of a chain's CPU. The chain's decisions and the
 * receiving văn thư's both ask here.
 */
public final class OwnTask {

    private OwnTask() {
    }

    /**
     * The task, or null when it does not exist, is not the user's to decide, or (when process keys are named)
     * belongs to none of those processes.
     */
    public static Task find(String taskId, String user, TaskService tasks, String... processKeys) {
        return ((ServiceImpl) tasks).getCommandExecutor().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task != null && user != null && ofProcess(task, processKeys, context) && yours(task, user, context)
                    ? task : null;
        });
    }

    /** Camunda's processDefinitionKeyIn, from the deployment cache: a task of no process is of none. */
    private static boolean ofProcess(TaskEntity task, String[] keys, CommandContext context) {
        if (keys.length == 0) {
            return true;
        }
        String definition = task.getProcessDefinitionId();
        return definition != null && Arrays.asList(keys).contains(context.getProcessEngineConfiguration()
                .getDeploymentCache().findDeployedProcessDefinitionById(definition).getKey());
    }

    private static boolean yours(TaskEntity task, String user, CommandContext context) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user);
        }
        List<String> groups = null;
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (user.equals(link.getUserId())) {
                return true;
            }
            if (link.getGroupId() != null) {
                if (groups == null) {
                    groups = context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(user).list()
                            .stream().map(Group::getId).toList();
                }
                if (groups.contains(link.getGroupId())) {
                    return true;
                }
            }
        }
        return false;
    }
}
