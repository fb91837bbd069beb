package vn.vanthu.exchange;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.exchange.edxml.InvalidPackage;

/** The exchange API's named facts as RFC 9457 problem details naming the field; never a stack trace. */
@RestControllerAdvice(assignableTypes = {RecipientController.class, SentController.class, IncomingController.class,
        ExchangeTaskController.class})
class ExchangeProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ExchangeProblemAdvice.class);

    @ExceptionHandler(ExchangeProblem.class)
    ProblemDetail exchange(ExchangeProblem e) {
        ProblemDetail problem = problem(HttpStatus.valueOf(e.status()), e.getClass().getSimpleName(), e.getMessage());
        if (e instanceof ExchangeProblem.UnknownRecipients unknown) {
            problem.setProperty("errors", unknown.lines().stream()
                    .map(l -> Map.of("field", "recipients", "line", l, "message", "chưa xác định nơi nhận")).toList());
        } else if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(InvalidPackage.class)
    ProblemDetail invalidPackage(InvalidPackage e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "InvalidPackage", "Gói tin edXML không hợp lệ");
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", "package", "message", p)).toList());
        return problem;
    }

    @ExceptionHandler(InvalidDispatch.class)
    ProblemDetail invalidDispatch(InvalidDispatch e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "InvalidDispatch",
                "Văn bản có " + e.problems().size() + " lỗi cần sửa");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", "document." + p.field(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "NotAuthorized", "Người dùng " + e.getUserId()
                + " không có quyền thực hiện việc này");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "ChangedMeanwhile", "Văn bản vừa được người khác thay đổi; hãy tải lại");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "UnreadableRequest", "Yêu cầu không đọc được: kiểm tra JSON và các tham số");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ExchangeProblem named) {
                return exchange(named);
            }
        }
        log.error("Lỗi không lường trước khi xử lý yêu cầu liên thông văn bản", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                "Có lỗi hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
