package vn.vanthu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies of /api and /engine-rest: refused with 413 naming the limit when larger than it (by
 * Content-Length before reading a byte, or while reading a chunked body), and — when JSON — refused
 * with 400 naming line and column when malformed or when a key appears twice in one object, before
 * any handler sees them. Both APIs then read the same, already checked bytes. Files sent as multipart
 * are held to Tomcat's multipart limits instead (10 MB a file), since a PDF to verify may be larger. A query
 * parameter or a JSON or YAML field holding U+0000, which no text column stores, is refused naming each
 * ({@link NulCharacters}).
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    static final String PROPERTY = "vanthu.limits.request-body";

    private final long maxBytes;

    RequestBodyLimit(LimitSettings settings) {
        this.maxBytes = settings.requestBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refusedNul(request, response, NulCharacters.inQuery(request.getQueryString()))) {
            return;
        }
        if (isMultipart(request)) {
            // files (a PDF to verify, an edXML package) are parsed by Tomcat's multipart reader, which holds them to
            // spring.servlet.multipart.max-request-size; read here, they would reach it already consumed
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared > maxBytes) {
            tooLarge(request, response);
            return;
        }
        if (declared <= 0 && !chunked || isForm(request)) {
            // forms are parsed by Tomcat, which holds them to server.tomcat.max-http-form-post-size
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            tooLarge(request, response);
            return;
        }
        String contentType = request.getContentType();
        if (body.length > 0 && contentType != null && contentType.toLowerCase().contains("json")) {
            JsonSyntax.Problem problem = JsonSyntax.check(body);
            if (problem != null) {
                Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "MalformedJson", problem.detail(),
                        problem.members());
                return;
            }
        }
        if (refusedNul(request, response, NulCharacters.inBody(body, contentType))) {
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static boolean refusedNul(HttpServletRequest request, HttpServletResponse response, List<String> fields)
            throws IOException {
        if (fields.isEmpty()) {
            return false;
        }
        Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidCharacter", "Trường "
                + String.join(", ", fields) + ": " + NulCharacters.MESSAGE,
                Problems.errors(fields, NulCharacters.MESSAGE));
        return true;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the unread rest of the body cannot be trusted to be drained; the client must reconnect
        response.setHeader("Connection", "close");
        Problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge",
                "Nội dung yêu cầu vượt quá giới hạn " + maxBytes + " byte (" + PROPERTY + ")",
                Map.of("limit", PROPERTY, "maxBytes", maxBytes));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
