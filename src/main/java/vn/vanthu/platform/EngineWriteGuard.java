package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's engine REST API, both the public one (/engine-rest) and the Tasklist's (/camunda/api/engine),
 * is read-only for users: they complete tasks and start chains through vanthu's API, which sets every
 * variable that decides who, what or whose from the stored dispatch. What a user may still send:
 * queries (which the engine's authorizations filter), claiming a task for themselves and unclaiming it, their
 * own profile and password. Administrators keep the whole API.
 */
final class EngineWriteGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineWriteGuard.class);
    private static final Pattern PREFIX = Pattern.compile("^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?");
    private static final List<Pattern> USER_WRITES = List.of(
            Pattern.compile("^POST /(task|process-instance|variable-instance|execution|job|incident)(/count)?$"),
            Pattern.compile("^POST /history/[a-z-]+(/count)?$"),
            Pattern.compile("^POST /filter/[^/]+/(list|count|singleResult)$"),
            Pattern.compile("^POST /task/[^/]+/(claim|unclaim)$"));
    private static final String USE_VANTHU = "Hoàn thành công việc và khởi tạo văn bản qua vanthu (/api/tasks,"
            + " /api/dispatches); API của Camunda chỉ cho người dùng đọc.";
    private static final Pattern CLAIM = Pattern.compile("^POST /task/[^/]+/claim$");
    // the Tasklist's claim is {"userId": "…"}; anything longer is not one
    private static final int CLAIM_LIMIT = 4_096;
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final IdentityService identity;
    private final ClaimedFirst claimedFirst;

    EngineWriteGuard(IdentityService identity, ClaimedFirst claimedFirst) {
        this.identity = identity;
        this.claimedFirst = claimedFirst;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> paging = EnginePaging.negative(request.getQueryString());
        if (!paging.isEmpty()) {
            Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidParameter", "Tham số "
                    + String.join(", ", paging) + " " + EnginePaging.MESSAGE,
                    Problems.errors(paging, EnginePaging.MESSAGE));
            return;
        }
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        String path = enginePath(request);
        String user = user(request);
        if (user != null && CLAIM.matcher(method + " " + path).matches() && !admin(user)) {
            // the body names the new assignee: claimed for anyone else, a group's task would leave the group's
            // list for a person of another role or agency, who can see its title and nobody can decide it
            CachedBodyRequest claim = new CachedBodyRequest(request, request.getInputStream().readNBytes(CLAIM_LIMIT));
            if (forSelf(claim.body(), user)) {
                String holder = claimedFirst.by(path.split("/")[2], user);
                if (holder == null) {
                    chain.doFilter(claim, response);
                } else {
                    // "message" too: the Tasklist shows Camunda's error field, not a problem's detail
                    Problems.write(request, response, HttpServletResponse.SC_CONFLICT, "AlreadyClaimed",
                            ClaimedFirst.detail(holder), Map.of("message", ClaimedFirst.detail(holder)));
                }
                return;
            }
        } else if (user == null || allowed(method + " " + path, user)) {
            // an anonymous call is the authentication filter's to refuse (401)
            chain.doFilter(request, response);
            return;
        }
        log.warn("Đã chặn {} {} của {}: người dùng làm việc qua API của vanthu, không ghi qua API của Camunda",
                method, request.getRequestURI(), user);
        // "message" too, as for AlreadyClaimed: the Tasklist shows Camunda's error field
        Problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "UseVanthuApi", USE_VANTHU,
                Map.of("message", USE_VANTHU));
    }

    /** The call's path inside either engine API ("/task/…/claim"), whichever API and engine name it went through. */
    static String enginePath(HttpServletRequest request) {
        return PREFIX.matcher(request.getRequestURI().substring(request.getContextPath().length())).replaceFirst("");
    }

    // the cheap pattern checks first: the Tasklist's frequent POSTs (filter lists, counts) need no group query
    private boolean allowed(String call, String user) {
        return call.equals("PUT /user/" + user + "/credentials") || call.equals("PUT /user/" + user + "/profile")
                || USER_WRITES.stream().anyMatch(p -> p.matcher(call).matches()) || admin(user);
    }

    /**
     * Whether a claim's body is {"userId": the caller}: any other, a duplicate or a differently cased key
     * (which another JSON reader may take instead) or a body that is not JSON is no claim for oneself.
     */
    static boolean forSelf(byte[] body, String user) {
        try {
            JsonNode claim = STRICT.readTree(body);
            if (claim == null || !claim.isObject() || !claim.path("userId").isTextual()) {
                return false;
            }
            for (Iterator<String> names = claim.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equalsIgnoreCase("userId") && !user.equals(claim.get(name).asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean admin(String user) {
        return identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    /** The engine REST's Basic user (set by Camunda's filter before this one), or the webapp session's. */
    private String user(HttpServletRequest request) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null) {
            return current.getUserId();
        }
        return Authenticator.sessionUser(request);
    }
}
