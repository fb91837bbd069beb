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
 * webapps' login form: a caller still waiting gets 429 without its password being tried. A 401 counts as a
 * failure for the source and the account it named; only an answer for which that account's password was
 * really checked and right clears them (a request answered without checking it, such as the open
 * /api/verify or a call riding a webapp session, proves nothing about the password it carried).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    /** A login form is a name and a password; anything longer is cut (and then refused by the login itself). */
    private static final int FORM_LIMIT = 16 * 1024;

    /** Request attribute: the account whose password was checked and right while serving this request. */
    private static final String CHECKED = LoginThrottleFilter.class.getName() + ".checked";

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
            Problems.write(request, response, 429, "TooManyLoginFailures",
                    "Đã nhập sai mật khẩu quá nhiều lần từ địa chỉ này;"
                    + " hãy thử lại sau " + seconds + " giây.", Map.of("retryAfterSeconds", seconds));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(source, account);
        } else if (account.equals(request.getAttribute(CHECKED))
                || isLoginForm(request) && account.equals(Authenticator.sessionUser(request))) {
            throttle.succeeded(source, account);
        }
    }

    /** Records that the account's password was checked and right while serving this request. */
    static void passwordChecked(HttpServletRequest request, String account) {
        request.setAttribute(CHECKED, account);
    }

    /** The account a request tries to log in as: the webapps' login form's username, or else its Basic user. */
    private static String claimedAccount(HttpServletRequest request) {
        if (isLoginForm(request) && request instanceof CachedBodyRequest form) {
            return field(new String(form.body(), StandardCharsets.ISO_8859_1), "username");
        }
        return Authenticator.claimedAccount(request.getHeader("Authorization"));
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
