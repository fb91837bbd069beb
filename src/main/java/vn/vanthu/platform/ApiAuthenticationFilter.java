package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nobody anonymous reaches the app's API or its description: a caller is either logged in to the
 * Camunda webapps or sends HTTP Basic credentials of a Camunda user. The engine then sees the same
 * user, so its authorizations apply to what the API reads. One exception, on purpose: anyone may verify
 * the signatures of a PDF they hold ({@code POST /api/verify}), as a recipient or an auditor must.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final Authenticator authenticator;

    ApiAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
        this.authenticator = new Authenticator(identity);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (openToAnyone(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!(authenticator.authenticate(request) instanceof Authenticator.Known known)) {
            unauthorized(request, response);
            return;
        }
        CurrentUser user = known.user();
        request.setAttribute(CurrentUser.ATTRIBUTE, user);
        identity.setAuthentication(user.id(), user.groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static boolean openToAnyone(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/api/verify".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * 401. The Basic challenge goes only to callers that are no page of the webapps: to a browser it would pop
     * up its own password dialog over the Tasklist (a form whose session ended, a PDF in a frame), which
     * blocks the page; there the webapps' own login is the way back.
     */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean fromPage = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                || request.getRequestedSessionId() != null;
        if (!fromPage) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"vanthu\", charset=\"UTF-8\"");
        }
        Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "NotLoggedIn",
                "Hãy đăng nhập (tài khoản Camunda) để dùng API của vanthu.", Map.of());
    }
}
