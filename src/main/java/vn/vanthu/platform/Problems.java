package vn.vanthu.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of an RFC 9457 refusal, for the advice and for the servlet filters that answer before Spring
 * MVC is reached: the named fact as title and in the type ({@code urn:vanthu:problem:<title>}), the detail in
 * the user's words, and "errors" naming each field at fault.
 */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "urn:vanthu:problem:";
    /** The media type every refusal is sent with. */
    static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";

    private Problems() {
    }

    /** A problem for the advice to return; Spring adds the instance (the request's path). */
    static ProblemDetail detail(HttpStatusCode status, String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE + title));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** One bad field and what is wrong with it, as "errors" lists it. */
    static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The "errors" member naming each field at fault, all with the same message. */
    static Map<String, Object> errors(List<String> fields, String message) {
        return Map.of("errors", fields.stream().map(field -> error(field, message)).toList());
    }

    /** Writes a problem with its status, title (the named fact), detail and any extra members. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, Map<String, ?> extra) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.getOutputStream().write(json(status, title, detail, request.getRequestURI(), extra));
    }

    /** A problem's JSON, for a writer without a servlet response (Camunda's JAX-RS exception mappers). */
    static byte[] json(int status, String title, String detail, String instance, Map<String, ?> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE + title);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.putAll(extra);
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            // strings, numbers and lists of them always serialise
            throw new IllegalStateException(impossible);
        }
    }
}
