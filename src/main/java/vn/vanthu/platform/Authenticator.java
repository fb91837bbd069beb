package vn.vanthu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Who is calling: the user logged in to the Camunda webapps (the Tasklist forms call the API with that
 * session), or the Camunda user whose HTTP Basic credentials came with the request.
 */
final class Authenticator {

    /** What the request carried: no credentials, wrong ones, or a known user. */
    sealed interface Outcome permits Anonymous, Refused, Known {
    }

    record Anonymous() implements Outcome {
    }

    record Refused() implements Outcome {
    }

    record Known(CurrentUser user) implements Outcome {
    }

    private final IdentityService identity;

    Authenticator(IdentityService identity) {
        this.identity = identity;
    }

    Outcome authenticate(HttpServletRequest request) {
        String userId = sessionUser(request);
        if (userId == null) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return new Anonymous();
            }
            userId = fromBasicCredentials(header);
            if (userId == null) {
                return new Refused();
            }
            LoginThrottleFilter.passwordChecked(request, userId);
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new Known(new CurrentUser(userId, groups));
    }

    /** The account name a Basic header claims, checked or not; null when there is none. */
    static String claimedAccount(String header) {
        String decoded = decode(header);
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        return colon <= 0 ? null : decoded.substring(0, colon);
    }

    /** The user logged in to the Camunda webapps in this request's session; null when none. */
    static String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine("default");
        return auth == null ? null : auth.getIdentityId();
    }

    private String fromBasicCredentials(String header) {
        String decoded = decode(header);
        int colon = decoded == null ? -1 : decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private static String decode(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
