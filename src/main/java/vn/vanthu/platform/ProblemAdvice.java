package vn.vanthu.platform;

import static vn.vanthu.platform.Problems.detail;
import static vn.vanthu.platform.Problems.error;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.rendering.RenderBudgetExceeded;

/**
 * The one convention for refusals on vanthu's API: every named fact of every feature becomes RFC 9457 problem
 * details in the shape of {@link Problems}, as do the framework's refusals ({@link FrameworkProblems}) and
 * unreadable JSON ({@link JsonProblems}). A stack trace never reaches the caller.
 */
// after FrameworkProblems and JsonProblems: Spring asks advice in order and takes the first with any handler for
// the exception, and the catch-all below handles every RuntimeException
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NamedFact.class)
    ProblemDetail fact(NamedFact e) {
        return detail(HttpStatus.valueOf(e.status()), e.title(), e.getMessage(),
                e.errors().stream().map(x -> error(x.field(), x.message())).toList());
    }

    @ExceptionHandler(InvalidDispatch.class)
    ProblemDetail invalid(InvalidDispatch e) {
        return detail(HttpStatus.BAD_REQUEST, "InvalidDispatch", "Văn bản có " + e.problems().size()
                + " lỗi cần sửa", e.problems().stream().map(p -> error(p.field(), p.message())).toList());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return detail(HttpStatus.FORBIDDEN, "NotAuthorized", "Người dùng " + e.getUserId()
                + " không có quyền thực hiện việc này", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return detail(HttpStatus.CONFLICT, "ChangedMeanwhile", "Văn bản vừa được người khác thay đổi; hãy tải"
                + " lại rồi làm tiếp", List.of());
    }

    @ExceptionHandler(RenderBudgetExceeded.class)
    ResponseEntity<ProblemDetail> budget(RenderBudgetExceeded e) {
        if (e.limit() == RenderBudgetExceeded.Limit.TURN) {
            // the document may be fine: the server was busy, so the client is told to come back
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "ServerBusy", e.getMessage(), List.of()));
        }
        ProblemDetail p = detail(HttpStatus.UNPROCESSABLE_ENTITY, "DocumentTooLarge", e.getMessage(), List.of());
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
        return detail(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError", "Có lỗi hệ thống; thao tác chưa được"
                + " thực hiện. Hãy thử lại hoặc báo quản trị.", List.of());
    }
}
