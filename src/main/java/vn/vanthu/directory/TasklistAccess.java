package vn.vanthu.directory;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What a demo login may do beyond its tasks: open the Tasklist, read its filters, see the chains' names,
 * and (chuyên viên only) start a chain through vanthu's API. No agency reads the engine's history (it
 * holds every agency's decisions): vanthu's API shows each user the history of what they may read. Tasks
 * are granted by the engine to each task's assignee and candidate groups, so a user sees only the work
 * of their agency and role.
 */
@Component
class TasklistAccess {

    static final String MY_TASKS = "Việc của tôi";
    static final String GROUP_TASKS = "Việc của nhóm tôi";
    /** The process variables the task lists show (display only, set by the server at every step). */
    static final List<Map<String, String>> COLUMNS = List.of(Map.of("name", "vanBan", "label", "Văn bản"),
            Map.of("name", "soNgay", "label", "Số, ngày"));

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    TasklistAccess(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Grants what is missing and creates the missing filters; returns how many things it changed. */
    int save(List<Agency> agencies) {
        int changed = 0;
        for (Agency agency : agencies) {
            String everyone = agency.id();
            changed += grant(everyone, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            changed += grant(everyone, Resources.FILTER, ANY, Permissions.READ);
            changed += grant(everyone, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
            // granted by earlier versions: history across agencies is not for users to read
            changed += revoke(everyone, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
            // a chain starts with its drafter: only a Sở's chuyên viên open new văn bản (both chains are a Sở's;
            // Văn phòng UBND has no trưởng phòng or giám đốc to take a draft of its own further)
            String drafters = Role.CHUYEN_VIEN.groupOf(agency.id());
            if (agency.kind() == Agency.Kind.UBND_TINH) {
                changed += revoke(drafters, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
            } else {
                changed += grant(drafters, Resources.PROCESS_DEFINITION, ANY,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                changed += grant(drafters, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
            }
        }
        for (Resources resource : Resources.values()) {
            changed += grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        changed += filter(MY_TASKS, "Công việc đang giao cho tôi", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        changed += filter(GROUP_TASKS, "Công việc chờ người trong nhóm nhận", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        changed += columns();
        return changed;
    }

    private int grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        boolean created = authorization == null;
        if (created) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = created;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (!changed) {
            return 0;
        }
        authorizations.saveAuthorization(authorization);
        return 1;
    }

    private int revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null || !authorization.isPermissionGranted(permission)) {
            return 0;
        }
        authorization.removePermission(permission);
        authorizations.saveAuthorization(authorization);
        return 1;
    }

    private int filter(String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return 0;
        }
        // the Tasklist lists filters by priority: the personal ones before "Tất cả công việc"
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(Map.<String, Object>of(
                "description", description, "priority", priority, "refresh", true, "variables", COLUMNS));
        filters.saveFilter(filter);
        return 1;
    }

    /** Every filter (Camunda's "all tasks" one too) shows each task's document and its number beside it. */
    private int columns() {
        int changed = 0;
        for (Filter filter : filters.createFilterQuery().list()) {
            Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties() == null ? Map.of()
                    : filter.getProperties());
            if (!COLUMNS.equals(properties.get("variables"))) {
                properties.put("variables", COLUMNS);
                filters.saveFilter(filter.setProperties(properties));
                changed++;
            }
        }
        return changed;
    }
}
