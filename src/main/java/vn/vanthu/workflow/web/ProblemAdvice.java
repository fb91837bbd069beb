package vn.vanthu.workflow.web;

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
import vn.vanthu.workflow.ChainProblem;

/** Named facts of the chain as RFC 9457 problem details naming the field; never a stack trace. */
@RestControllerAdvice(assignableTypes = {DispatchController.class, TaskController.class, MeController.class})
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ChainProblem.class)
    ProblemDetail chain(ChainProblem e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.getClass().getSimpleName());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(InvalidDispatch.class)
    ProblemDetail invalid(InvalidDispatch e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Văn bản có " + e.problems().size() + " lỗi cần sửa");
        problem.setTitle("InvalidDispatch");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Người dùng " + e.getUserId() + " không có quyền thực hiện việc này");
        problem.setTitle("NotAuthorized");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Văn bản vừa được người khác thay đổi; hãy tải lại rồi làm tiếp");
        problem.setTitle("ChangedMeanwhile");
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Yêu cầu không đọc được: kiểm tra JSON và các tham số");
        problem.setTitle("UnreadableRequest");
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Lỗi không lường trước khi xử lý yêu cầu", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Có lỗi hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.");
        problem.setTitle("InternalError");
        return problem;
    }
}
