package vn.vanthu.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vanthu.document.Echo;

/**
 * A body every controller of /api could not read, as a problem naming the field (a number where text
 * was expected…) or the line and column of the syntax error. First of all advice, so every feature's
 * controllers answer alike.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = expected(mapping);
            return Problems.detail(HttpStatus.BAD_REQUEST, "UnreadableRequest", "Trường " + field + ": " + message,
                    List.of(Problems.error(field, message)));
        }
        if (cause instanceof MismatchedInputException whole && whole.getPath().isEmpty()
                && whole.getTargetType() != null) {
            // well-formed JSON of the wrong shape as a whole (an array, a string where an object is read): not a
            // syntax error, and Jackson's message would name the Java class the body was read into
            return Problems.detail(HttpStatus.BAD_REQUEST, "UnreadableRequest", "Nội dung yêu cầu: "
                    + expected(whole), List.of());
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
        return Problems.detail(HttpStatus.BAD_REQUEST, "UnreadableRequest", nothingReadable(request), List.of());
    }

    /** An empty or unreadable body, named by what the caller said it sent: an edXML upload is no JSON. */
    private static String nothingReadable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || type.contains("json")) {
            return "Yêu cầu không có nội dung JSON đọc được";
        }
        return "Yêu cầu không có nội dung đọc được: hãy gửi tệp (" + Echo.of(type.split(";")[0].strip())
                + ") trong thân yêu cầu";
    }

    /**
     * What the field takes, in the clerk's words: Jackson's own message names Java classes
     * ("vn.vanthu.directory.RecipientMapping$Kind"), which tell a caller nothing and show the code.
     */
    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        Object given = e instanceof InvalidFormatException f ? f.getValue() : null;
        String was = given == null ? "" : " (đang là '" + Echo.of(given) + "')";
        if (type == null) {
            return "giá trị không đúng kiểu";
        }
        if (type.isEnum()) {
            return "phải là một trong " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + was;
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "phải là một dòng chữ" + was;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "phải là một số" + was;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "phải là true hoặc false" + was;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "phải là một danh sách [ … ]" + was;
        }
        if (type == UUID.class) {
            return "phải là một mã dạng 3f2c6a1e-0b7d-4c59-9a57-2e4b8f1d6c30" + was;
        }
        return "phải là một nhóm trường { … }" + was;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
