package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda answers some faults of the caller's with 500 and its exception's English message, on both engine APIs
 * (the Tasklist's takes no exception mapper, so the answer is read here, for the calls where it is known):
 * <ul>
 *   <li>a read of a part of a task, process instance or execution that is gone (completed meanwhile, or never
 *   there): "NullPointerException: Cannot invoke TaskEntity.getId()" for the deployed form, "NullValueException"
 *   or "RestException: … doesn't exist: task is null" for variables, identity links, the rendered form;</li>
 *   <li>a task query with an empty candidate group list ("Candidate group list is empty"), in the URL or the body.</li>
 * </ul>
 * Such a 500 becomes a 400 problem naming the fault, with "message" for the Tasklist, which shows that field.
 */
final class EngineCallerFaults extends OncePerRequestFilter {

    private static final Pattern OBJECT_PART = Pattern.compile("^/(task|process-instance|execution)/[^/]+/.+$");
    private static final Pattern TASK_QUERY = Pattern.compile("^/task(/count)?$");
    /** What Camunda's own handlers write for an object that is not there, in its parts. */
    private static final Pattern GONE = Pattern.compile("^\\{\"type\":\"(NullValueException|NullPointerException"
            + "|RestException\",\"message\":\"[^\"]* is null)\"");
    private static final String EMPTY_GROUPS = "\"message\":\"Candidate group list is empty\"";
    private static final String GONE_DETAIL = "Không có đối tượng này: công việc hoặc văn bản đã được xử lý xong hoặc"
            + " không tồn tại; hãy tải lại danh sách công việc";
    private static final String EMPTY_DETAIL = "danh sách nhóm (candidateGroups) không được rỗng";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = EngineWriteGuard.enginePath(request);
        String method = request.getMethod();
        return !(method.equals("GET") && OBJECT_PART.matcher(path).matches()
                || (method.equals("GET") || method.equals("POST")) && TASK_QUERY.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper read = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, read);
        if (read.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            String body = new String(read.getContentAsByteArray(), StandardCharsets.UTF_8);
            if (GONE.matcher(body).lookingAt()) {
                read.resetBuffer();
                Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "NothingThere", GONE_DETAIL,
                        Map.of("message", GONE_DETAIL));
                return;
            }
            if (body.contains(EMPTY_GROUPS)) {
                read.resetBuffer();
                Map<String, Object> extra = new HashMap<>(Problems.errors(List.of("candidateGroups"),
                        EMPTY_DETAIL));
                extra.put("message", EMPTY_DETAIL);
                Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidParameter",
                        "Tham số " + EMPTY_DETAIL, extra);
                return;
            }
        }
        read.copyBodyToResponse();
    }
}
