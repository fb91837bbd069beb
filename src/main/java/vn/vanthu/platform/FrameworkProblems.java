package vn.vanthu.platform;

import static vn.vanthu.platform.Problems.detail;
import static vn.vanthu.platform.Problems.error;

import jakarta.servlet.ServletException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.vanthu.document.Echo;

/**
 * Requests Spring MVC refuses, in the same convention as vanthu's own facts: a path no controller answers, a
 * method, media type or Accept it does not serve, a missing parameter or file, a value of the wrong type, an
 * upload over the limit. Global and first of all advice: most of these have no controller to select advice by,
 * and the catch-all of {@link ProblemAdvice} must not answer them as errors of the server.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameworkProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badField("InvalidParameter", e.getName(), "giá trị '" + Echo.of(e.getValue()) + "' không đúng kiểu");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badField("InvalidParameter", e.getParameterName(), "Thiếu tham số " + e.getParameterName() + ".");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return badField("MissingFile", e.getRequestPartName(),
                "Hãy gửi tệp trong trường \"" + e.getRequestPartName() + "\" (multipart/form-data).");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                "Nội dung phải gửi dạng " + types(e.getSupportedMediaTypes()), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return detail(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable",
                "Địa chỉ này chỉ trả lời dạng " + types(e.getSupportedMediaTypes()), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return detail(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "Không dùng được phương thức "
                + e.getMethod() + " ở địa chỉ này", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return detail(HttpStatus.PAYLOAD_TOO_LARGE, "RequestTooLarge", "Tệp gửi lên quá lớn", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return detail(HttpStatus.NOT_FOUND, "NotFound", "Không có địa chỉ này", List.of());
    }

    /** Any other refusal of the framework's (a missing header, a path variable…): its status, in our words. */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    ProblemDetail refused(Exception e) {
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.BAD_REQUEST;
        String name = e.getClass().getSimpleName().replaceFirst("Exception$", "");
        return detail(status, name.isEmpty() ? "RequestRefused" : name, "Yêu cầu không được chấp nhận ("
                + status.value() + "): hãy kiểm tra địa chỉ, phương thức và tham số", List.of());
    }

    /** A 400 naming the one field at fault, its message also the problem's detail. */
    private static ProblemDetail badField(String title, String field, String message) {
        return detail(HttpStatus.BAD_REQUEST, title, message, List.of(error(field, message)));
    }

    /** The concrete media types a refusal names, e.g. "multipart/form-data" or "application/json, application/yaml". */
    private static String types(List<MediaType> types) {
        return types.stream().filter(t -> !t.isWildcardType() && !t.isWildcardSubtype())
                .map(t -> t.getType() + "/" + t.getSubtype()).distinct().collect(Collectors.joining(", "));
    }
}
