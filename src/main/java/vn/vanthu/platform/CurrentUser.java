package vn.vanthu.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The authenticated caller of the app's API: a Camunda user id and the groups it belongs to. */
public record CurrentUser(String id, List<String> groups) {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    public CurrentUser {
        groups = List.copyOf(groups);
    }

    /** The user the API filter authenticated for this request. */
    public static CurrentUser of(HttpServletRequest request) {
        CurrentUser user = (CurrentUser) request.getAttribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("request did not pass the API authentication filter");
        }
        return user;
    }

    /** True when the user is in the group. */
    public boolean in(String group) {
        return groups.contains(group);
    }
}
