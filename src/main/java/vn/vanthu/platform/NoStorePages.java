package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' pages (Tasklist, Cockpit, Admin) carry a script nonce made for that one response; a
 * browser that keeps such a page and shows it again under a fresh Content-Security-Policy header blocks every
 * script of it and leaves the user on a blank Tasklist. These pages are therefore never stored; their scripts,
 * styles and fonts (names with an extension) stay cacheable.
 */
final class NoStorePages extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPage(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static boolean isPage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() || last.equals("index.html") || !last.contains(".");
    }
}
