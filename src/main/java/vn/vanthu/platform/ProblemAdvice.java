package vn.vanthu.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.rendering.RenderBudgetExceeded;

/**
 * The one convention for refusals on vanthu's API: every named fact of every feature, and every request
 * the framework refuses, becomes RFC 9457 problem details (unreadable JSON: {@link JsonProblems}) whose title is the fact's name and whose
 * "errors" name each field at fault. A stack trace never reaches the caller.
 */
@RestControllerAdvice(basePackages = "vn.vanthu")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NamedFact.class)
    ProblemDetail fact(NamedFact e) {
        return problem(HttpStatus.valueOf(e.status()), e.title(), e.getMessage(),
                e.errors().stream().map(x -> error(x.field(), x.message())).toList());
    }

    @ExceptionHandler(InvalidDispatch.class)
    ProblemDetail invalid(InvalidDispatch e) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidDispatch", "Văn bản có " + e.problems().size()
                + " lỗi cần sửa", e.problems().stream().map(p -> error(p.field(), p.message())).toList());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "NotAuthorized", "Người dùng " + e.getUserId()
                + " không có quyền thực hiện việc này", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "ChangedMeanwhile", "Văn bản vừa được người khác thay đổi; hãy tải"
                + " lại rồi làm tiếp", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String message = "giá trị '" + e.getValue() + "' không đúng kiểu";
        return problem(HttpStatus.BAD_REQUEST, "InvalidParameter", message, List.of(error(e.getName(), message)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                "Nội dung phải gửi dạng application/json", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "Không dùng được phương thức "
                + e.getMethod() + " ở địa chỉ này", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "RequestTooLarge", "Tệp gửi lên quá lớn", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NotFound", "Không có địa chỉ này", List.of());
    }

    /** The framework's own refusals already carry problem details (404 of a path, 405 …). */
    @ExceptionHandler(ErrorResponseException.class)
    ProblemDetail framework(ErrorResponseException e) {
        return e.getBody();
    }

    @ExceptionHandler(RenderBudgetExceeded.class)
    ResponseEntity<ProblemDetail> budget(RenderBudgetExceeded e) {
        if (e.limit() == RenderBudgetExceeded.Limit.TURN) {
            // the document may be fine: the server was busy, so the client is told to come back
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "ServerBusy", e.getMessage(), List.of()));
        }
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "DocumentTooLarge", e.getMessage(), List.of());
        p.setProperty("limit", e.limit().name());
        return ResponseEntity.unprocessableEntity().body(p);
    }

    @ExceptionHandler(RuntimeException.class)
    Object unexpected(RuntimeException e) {
        // the engine wraps what a listener or delegate throws: the named fact inside is the answer
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof NamedFact fact) {
                return fact(fact);
            }
            if (t instanceof InvalidDispatch invalid) {
                return invalid(invalid);
            }
            if (t instanceof RenderBudgetExceeded budget) {
                return budget(budget);
            }
        }
        log.error("Lỗi không lường trước khi xử lý yêu cầu", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", "Có lỗi hệ thống; thao tác chưa được"
                + " thực hiện. Hãy thử lại hoặc báo quản trị.", List.of());
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:vanthu:problem:" + title));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
