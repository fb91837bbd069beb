package vn.vanthu.numbering.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The register API's refusals as RFC 9457 problem details; the type names the fact. */
@RestControllerAdvice(assignableTypes = RegisterController.class)
class RegisterProblems {

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:vanthu:problem:InvalidParameter"));
        problem.setTitle("Tham số không hợp lệ");
        problem.setProperty("parameter", e.parameter());
        if (e.value() != null) {
            problem.setProperty("value", e.value());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notYourAgency(NotYourAgency e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("urn:vanthu:problem:NotYourAgency"));
        problem.setTitle("Không phải cơ quan của bạn");
        problem.setProperty("parameter", "agency");
        problem.setProperty("agency", e.agency());
        return problem;
    }
}
