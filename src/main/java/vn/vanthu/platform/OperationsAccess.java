package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /actuator: health is open (status only) for load balancers; its details, metrics, info and the rest
 * need a Camunda user of an operator group ({@code vanthu.operations.groups}). Wrong credentials are
 * refused even on health, so it is no way to test passwords without the login throttle counting.
 */
final class OperationsAccess extends OncePerRequestFilter {

    private final Authenticator authenticator;
    private final List<String> operatorGroups;

    OperationsAccess(Authenticator authenticator, List<String> operatorGroups) {
        this.authenticator = authenticator;
        this.operatorGroups = List.copyOf(operatorGroups);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        Authenticator.Outcome caller = authenticator.authenticate(request);
        if (caller instanceof Authenticator.Known known && operatorGroups.stream().anyMatch(known.user()::in)) {
            chain.doFilter(new Operator(request, known.user()), response);
        } else if (caller instanceof Authenticator.Refused || !health && caller instanceof Authenticator.Anonymous) {
            ApiAuthenticationFilter.unauthorized(request, response);
        } else if (health) {
            chain.doFilter(request, response);
        } else {
            Problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "NotAnOperator",
                    "Chỉ người vận hành (nhóm " + String.join(", ", operatorGroups) + ") xem được mục này.", Map.of());
        }
    }

    /** The request as the actuator sees it: an authenticated principal, so health shows its details. */
    private static final class Operator extends HttpServletRequestWrapper {

        private final CurrentUser user;

        Operator(HttpServletRequest request, CurrentUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user::id;
        }

        @Override
        public String getRemoteUser() {
            return user.id();
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.in(role);
        }
    }
}
