package vn.vanthu.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body every controller of /api could not read, as a problem naming the field (a number where text
 * was expected…) or the line and column of the syntax error. First of all advice, so every feature's
 * controllers answer alike.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "giá trị không đúng kiểu (" + shorten(mapping.getOriginalMessage()) + ")";
            return Problems.detail(HttpStatus.BAD_REQUEST, "UnreadableRequest", "Trường " + field + ": " + message,
                    List.of(Problems.error(field, message)));
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation at = json.getLocation();
            String detail = "JSON không hợp lệ ở dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ": "
                    + shorten(json.getOriginalMessage());
            ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "MalformedJson", detail, List.of());
            problem.setProperty("line", at.getLineNr());
            problem.setProperty("column", at.getColumnNr());
            return problem;
        }
        return Problems.detail(HttpStatus.BAD_REQUEST, "UnreadableRequest", "Yêu cầu không có nội dung JSON đọc được",
                List.of());
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
