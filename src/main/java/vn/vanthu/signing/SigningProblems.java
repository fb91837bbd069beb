package vn.vanthu.signing;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Signing's named facts as RFC 9457 problem details, wherever a controller lets them through (the task
 * endpoints the lead wires to signing): the title names the fact, the errors name the field to fix.
 */
@RestControllerAdvice
class SigningProblems {

    @ExceptionHandler(WrongPin.class)
    ProblemDetail wrongPin(WrongPin e) {
        return problem(HttpStatus.BAD_REQUEST, "WrongPin", e.getMessage(), "pin");
    }

    @ExceptionHandler(CertificateRefused.class)
    ProblemDetail refused(CertificateRefused e) {
        return problem(HttpStatus.CONFLICT, "CertificateRefused", e.getMessage(), null);
    }

    @ExceptionHandler(SignatureInvalid.class)
    ProblemDetail invalid(SignatureInvalid e) {
        return problem(HttpStatus.CONFLICT, "SignatureInvalid", e.getMessage(), null);
    }

    @ExceptionHandler(IssueDateRefused.class)
    ProblemDetail date(IssueDateRefused e) {
        return problem(HttpStatus.CONFLICT, "IssueDateRefused", e.getMessage(), "date");
    }

    @ExceptionHandler(NoSigningKey.class)
    ProblemDetail noKey(NoSigningKey e) {
        return problem(HttpStatus.CONFLICT, "NoSigningKey", e.getMessage(), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String message, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }
}
