package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A read of a task that is gone (completed meanwhile, or never there), on either engine API: Camunda answers
 * some with 500 and its exception's English message ("NullPointerException: Cannot invoke TaskEntity.getId()"
 * for the Tasklist's deployed-form, "NullValueException" for variables, identity links, the rendered form). The
 * Tasklist's API takes no exception mapper, so the answer is read here: such a 500 becomes the 400 the engine
 * REST's mapper gives (NothingThere), with "message" for the Tasklist, which shows that field.
 */
final class GoneTaskReads extends OncePerRequestFilter {

    private static final Pattern TASK_READ = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?/task/[^/]+/[A-Za-z-]+$");
    /** What Camunda's own handler names as the type of a task that is not there, in a task's sub-resources. */
    private static final Pattern GONE = Pattern.compile("^\\{\"type\":\"(NullValueException|NullPointerException)\"");
    private static final String DETAIL = "Không có công việc này: công việc đã được xử lý xong hoặc không tồn tại;"
            + " hãy tải lại danh sách công việc";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("GET")
                || !TASK_READ.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper read = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, read);
        if (read.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && GONE.matcher(new String(read.getContentAsByteArray(), StandardCharsets.UTF_8)).lookingAt()) {
            read.resetBuffer();
            Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "NothingThere", DETAIL,
                    Map.of("message", DETAIL));
            return;
        }
        read.copyBodyToResponse();
    }
}
