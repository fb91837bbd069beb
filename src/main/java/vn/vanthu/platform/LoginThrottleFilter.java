package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every password check — HTTP Basic on /api, /engine-rest and /actuator, and the Camunda
 * webapps' login form: a caller still waiting gets 429 without its password being tried, and the
 * answer (401 or not) is counted for the source and the account it named.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    /** A login form is a name and a password; anything longer is cut (and then refused by the login itself). */
    private static final int FORM_LIMIT = 16 * 1024;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoginForm(request)) {
            // read the small form here and hand the same bytes on, so the login resource still parses it itself
            request = new CachedBodyRequest(request, request.getInputStream().readNBytes(FORM_LIMIT));
        }
        String account = claimedAccount(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String source = request.getRemoteAddr();
        Duration wait = throttle.waitFor(source, account);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(response, 429, "TooManyLoginFailures", "Đã nhập sai mật khẩu quá nhiều lần từ địa chỉ này;"
                    + " hãy thử lại sau " + seconds + " giây.", Map.of("retryAfterSeconds", seconds));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(source, account);
        } else {
            throttle.succeeded(source, account);
        }
    }

    /** The account a request tries to log in as: its Basic user, or the webapps' login form's username. */
    private static String claimedAccount(HttpServletRequest request) {
        String basic = Authenticator.claimedAccount(request.getHeader("Authorization"));
        if (basic != null) {
            return basic;
        }
        if (isLoginForm(request) && request instanceof CachedBodyRequest form) {
            return field(new String(form.body(), StandardCharsets.ISO_8859_1), "username");
        }
        return null;
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/");
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
